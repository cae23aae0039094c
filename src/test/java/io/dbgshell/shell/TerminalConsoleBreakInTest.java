package io.dbgshell.shell;

import io.dbgshell.engine.TargetState;
import io.dbgshell.testing.FakeEngine;
import io.dbgshell.testing.TestHost;
import io.dbgshell.testing.TextLog;
import io.dbgshell.transport.Transports;
import org.jline.terminal.Attributes;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static io.dbgshell.testing.PtyProcess.CTRL_C;
import static io.dbgshell.testing.PtyProcess.ENTER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ctrl-C at the host's console, through the real JLine line reader and the REPL as the launcher
 * wires them: it breaks in to a running target while the host's own {@code g} waits, and it
 * never queues behind that line.
 */
class TerminalConsoleBreakInTest {
    @TempDir
    Path home;
    private final FakeEngine engine = new FakeEngine();
    private final PipedOutputStream keyboard = new PipedOutputStream();
    private final TextLog screen = new TextLog();
    private TestHost host;
    private TerminalConsole console;

    @BeforeEach
    void start() throws IOException {
        host = new TestHost(loops -> new Transports(), TestHost.fastSettings(), engine, engine.commands());
        OutputStream terminalOut = new OutputStream() {
            @Override
            public void write(int b) {
                screen.append(String.valueOf((char) b));
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                screen.append(new String(bytes, offset, length, StandardCharsets.UTF_8));
            }
        };
        DumbTerminal terminal = new DumbTerminal("test", "dumb", new PipedInputStream(keyboard), terminalOut,
                StandardCharsets.UTF_8);
        // what a real terminal has and JLine's stream-backed one lacks: Ctrl-C raises the interrupt signal
        Attributes attributes = terminal.getAttributes();
        attributes.setControlChar(Attributes.ControlChar.VINTR, CTRL_C.charAt(0));
        attributes.setLocalFlag(Attributes.LocalFlag.ISIG, true);
        terminal.setAttributes(attributes);
        console = TerminalConsole.on(terminal, home.resolve("history"), List.of());
        Repl.start(console, line -> host.session.submit(host.participant, line),
                () -> host.session.breakIn(host.participant));
    }

    @AfterEach
    void stop() {
        host.close();
        console.close();
    }

    private void keys(String typed) throws IOException {
        keyboard.write(typed.getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }

    @Test
    void ctrlCBreaksInWhileTheHostsOwnLineWaitsForTheTarget() throws IOException {
        engine.attach();
        host.console.prompts.await("0:000> \n");
        keys("g; .echo after the break" + ENTER);
        host.console.prompts.await(TargetState.RUNNING_PROMPT);

        keys(CTRL_C);

        String shown = host.console.log.await("\nafter the break\n");
        assertThat(shown.indexOf(FakeEngine.BREAK_ANNOUNCEMENT))
                .as("the break-in's stop comes before the rest of the parked line").isNotNegative()
                .isLessThan(shown.indexOf("\nafter the break\n"));
        host.console.prompts.awaitCount("0:000> \n", 2, TextLog.DEFAULT_WAIT);
    }
}
