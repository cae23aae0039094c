package io.dbgshell.shell;

import io.dbgshell.client.RemoteSession;
import io.dbgshell.command.builtin.BuiltinCommands;
import io.dbgshell.config.Tunables;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.protocol.Identity;
import io.dbgshell.testing.FakeEngine;
import io.dbgshell.testing.Keyboard;
import io.dbgshell.testing.TestHost;
import io.dbgshell.testing.TestTransports;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.tcp.TcpSpec;
import io.dbgshell.transport.standard.TransportSpecParser;
import io.dbgshell.transport.tcp.FreePorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static io.dbgshell.testing.PtyProcess.ENTER;

/**
 * Tab at a client's prompt completes the commands the host registers (its engine's included), not
 * only the built-ins the client knows itself: through JLine's real line reader, a real tcp client
 * and the host's session.
 */
class ClientCompletionTest {
    private static final String TAB = "\t";

    @TempDir
    Path home;
    private final FakeEngine engine = new FakeEngine();
    private final Keyboard keyboard = new Keyboard();
    private TestHost host;
    private TerminalConsole console;
    private RemoteSession client;

    @BeforeEach
    void start() throws Exception {
        host = new TestHost(loops -> TestTransports.tcp(loops), TestHost.fastSettings(), engine, engine.commands());
        // what the client's console starts with, as the launcher opens it: the built-ins only
        console = TerminalConsole.on(keyboard.terminal("xterm"), home.resolve("history"),
                BuiltinCommands.registry().names(), UnaryOperator.identity());
        ServerEntry server = host.startServer("tcp:port=" + FreePorts.one());
        client = RemoteSession.join(host.transports, TransportSpecParser.parse(
                        "tcp:server=127.0.0.1,port=" + ((TcpSpec) server.spec()).port().low(), Role.CLIENT),
                Tunables.DEFAULTS, new Identity("CLIENTBOX", "carol"), Optional::empty, false, console);
        Repl.start(console, client::send, client::sendBreak);
    }

    @AfterEach
    void stop() {
        client.disconnect();
        host.close();
        console.close();
    }

    @Test
    void tabCompletesACommandOfTheHostsEngine() {
        keyboard.type(".br" + TAB + ENTER);

        host.console.log.await("carol (tcp 127.0.0.1:");
        host.console.log.await(") dbg> .break");
        host.console.log.await("\nError: the target is not running\n");
    }
}
