package io.dbgshell.shell;

import io.dbgshell.client.RemoteSession;
import io.dbgshell.config.Tunables;
import io.dbgshell.engine.TargetState;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.protocol.Identity;
import io.dbgshell.testing.FakeEngine;
import io.dbgshell.testing.Keyboard;
import io.dbgshell.testing.RecordingConsole;
import io.dbgshell.testing.TestHost;
import io.dbgshell.testing.TestTransports;
import io.dbgshell.testing.TextLog;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.tcp.TcpSpec;
import io.dbgshell.transport.standard.TransportSpecParser;
import io.dbgshell.transport.tcp.FreePorts;
import org.jline.terminal.Attributes;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static io.dbgshell.testing.PtyProcess.CTRL_C;
import static io.dbgshell.testing.PtyProcess.ENTER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ctrl-C at a terminal prompt, through JLine's real line reader and the REPL wired as the launcher
 * wires them: at the host's console it breaks in while the host's own {@code g} waits; at a
 * client's it sends BREAK, which stops the target while a line of the host's waits for it.
 */
class TerminalConsoleBreakInTest {
    @TempDir
    Path home;
    private final FakeEngine engine = new FakeEngine();
    private final Keyboard keyboard = new Keyboard();
    private TestHost host;
    private TerminalConsole console;

    @BeforeEach
    void start() {
        host = new TestHost(loops -> TestTransports.tcp(loops), TestHost.fastSettings(), engine, engine.commands());
        DumbTerminal terminal = keyboard.terminal("dumb");
        // what a real terminal has and JLine's stream-backed one lacks: Ctrl-C raises the interrupt signal
        Attributes attributes = terminal.getAttributes();
        attributes.setControlChar(Attributes.ControlChar.VINTR, CTRL_C.charAt(0));
        attributes.setLocalFlag(Attributes.LocalFlag.ISIG, true);
        terminal.setAttributes(attributes);
        console = TerminalConsole.on(terminal, home.resolve("history"), List.of(), java.util.function.UnaryOperator.identity());
        engine.attach();
        host.console.prompts.await("0:000> \n");
    }

    @AfterEach
    void stop() {
        host.close();
        console.close();
    }

    @Test
    void ctrlCAtTheHostsPromptBreaksInWhileTheHostsOwnLineWaits() {
        Repl.start(console, line -> host.session.submit(host.participant, line),
                () -> host.session.breakIn(host.participant));
        keyboard.type("g; .echo after the break" + ENTER);
        host.console.prompts.await(TargetState.RUNNING_PROMPT);

        keyboard.type(CTRL_C);

        assertBreakInCameBefore(host.console.log.await("\nafter the break\n"), "\nafter the break\n");
    }

    @Test
    void ctrlCAtAClientsPromptSendsABreakThatStopsTheTarget() throws Exception {
        ServerEntry server = host.startServer("tcp:port=" + FreePorts.one());
        RecordingConsole display = new RecordingConsole();
        RemoteSession client = RemoteSession.join(host.transports, TransportSpecParser.parse(
                        "tcp:server=127.0.0.1,port=" + ((TcpSpec) server.spec()).port().low(), Role.CLIENT),
                Tunables.DEFAULTS, new Identity("CLIENTBOX", "carol"), Optional::empty, false, display);
        try {
            Repl.start(console, client::send, client::sendBreak);
            host.type("g; .echo host line after the break");
            display.prompts.await(TargetState.RUNNING_PROMPT);

            keyboard.type(CTRL_C);

            assertBreakInCameBefore(display.log.await("\nhost line after the break\n"), "\nhost line after the break\n");
            display.prompts.awaitCount("0:000> \n", 2, TextLog.DEFAULT_WAIT);
        } finally {
            client.disconnect();
        }
    }

    private static void assertBreakInCameBefore(String shown, String later) {
        assertThat(shown.indexOf(FakeEngine.BREAK_ANNOUNCEMENT + "\n"))
                .as("the break-in's stop is announced before the rest of the waiting line").isNotNegative()
                .isLessThan(shown.indexOf(later));
    }
}
