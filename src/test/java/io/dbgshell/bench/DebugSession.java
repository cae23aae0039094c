package io.dbgshell.bench;

import io.dbgshell.protocol.ProtocolSettings;
import io.dbgshell.testing.TestTransports;
import io.dbgshell.client.ClientException;
import io.dbgshell.client.RemoteSession;
import io.dbgshell.command.builtin.BuiltinCommands;
import io.dbgshell.command.debug.DebugCommands;
import io.dbgshell.config.Tunables;
import io.dbgshell.engine.TargetState;
import io.dbgshell.engine.jdi.JdiDebugger;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.protocol.Identity;
import io.dbgshell.host.HostLinks;
import io.dbgshell.session.Session;
import io.dbgshell.shell.HostConsole;
import io.dbgshell.testing.TestHost;
import io.dbgshell.transport.spec.PasswordSource;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.tcp.TcpSpec;
import io.dbgshell.transport.TransportException;
import io.dbgshell.transport.standard.TransportSpecParser;
import io.dbgshell.transport.spec.TransportSyntaxException;
import io.dbgshell.transport.Transports;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A debugging host as {@code dbgshell -server tcp:port=... java ...} runs it, in this JVM: a session
 * with the JDI debugger and every command wired as the command line wires them
 * ({@link DebugCommands#registerAll}), a tcp server, and the host's console stamped
 * ({@link StampedDisplay}). Commands are typed at that console or by clients that join over tcp
 * from event loops of their own, as from another process.
 */
final class DebugSession implements AutoCloseable {
    /** The prompt of a target stopped in its first thread. */
    static final String STOPPED = "0:000> ";
    private static final Identity HOST = TestHost.HOST_IDENTITY;

    private final EventLoops hostLoops = new EventLoops(2);
    private final EventLoops clientLoops = new EventLoops(2);
    private final Transports clientTransports = tcp(clientLoops);
    private final Session session;
    private final HostConsole hostConsole;
    private final ServerEntry server;
    private final List<RemoteSession> clients = new ArrayList<>();
    /** What the host's console shows. */
    final StampedDisplay host = new StampedDisplay();
    /** The engine behind the session, for figures taken beside the session's (the same call without the session). */
    final JdiDebugger debugger;

    DebugSession() throws TransportException, TransportSyntaxException {
        debugger = JdiDebugger.create(Tunables.DEFAULTS);
        session = Session.builder().tunables(Tunables.DEFAULTS).transports(tcp(hostLoops))
                .commands(DebugCommands.registerAll(BuiltinCommands.registry(), debugger))
                .engine(debugger.engine()).links(new HostLinks()).build();
        hostConsole = new HostConsole(HOST, host, Tunables.DEFAULTS);
        session.attachHostConsole(hostConsole);
        server = session.servers().start(TransportSpecParser.parse("tcp:port=24800:24899", Role.SERVER));
    }

    private static Transports tcp(EventLoops loops) {
        return TestTransports.tcp(loops);
    }

    /** Types a line at the host's console. */
    void type(String line) {
        session.submit(hostConsole, line);
    }

    /** Types {@code .create java -cp CLASSES MAIN} and waits until the target is stopped before main. */
    void create(Path classes, String main) {
        type(".create java -cp " + classes + " " + main);
        host.awaitText("stopped before main");
        host.awaitPrompt(STOPPED);
    }

    /**
     * Runs a launched target until it prints {@code ready}, then breaks in: the target stands where
     * its threads wait, stopped with its main thread current.
     */
    void runUntilReadyAndBreakIn() {
        type("g");
        host.awaitText("ready");
        breakIn();
    }

    /**
     * Lets the stopped target run and breaks in again, so that nothing JDI keeps while a target is
     * suspended (thread names, frames) helps the next sample.
     */
    void againStopped() {
        type("g");
        host.awaitPrompt(TargetState.RUNNING_PROMPT);
        breakIn();
    }

    private void breakIn() {
        type(".break");
        host.awaitPrompt(STOPPED);
    }

    /** Types {@code command} at the host's console; returns the nanoseconds until the host was shown all its output. */
    long timed(String command) {
        String end = "timed-end";
        long start = System.nanoTime();
        type(command + "; .echo " + end);
        return host.awaitText(end).nanoTime() - start;
    }

    /** A client joining over tcp, as {@code dbgshell -remote tcp:server=127.0.0.1,port=...} does; its display is stamped. */
    RemoteSession join(String name, StampedDisplay display) throws ClientException, TransportSyntaxException {
        int port = ((TcpSpec) server.spec()).port().low();
        RemoteSession client = RemoteSession.join(clientTransports,
                TransportSpecParser.parse("tcp:server=127.0.0.1,port=" + port, Role.CLIENT),
                Tunables.DEFAULTS.with(ProtocolSettings.HANDSHAKE_TIMEOUT, Duration.ofSeconds(30)), new Identity("CLIENTBOX", name),
                Optional::empty, false, display);
        clients.add(client);
        return client;
    }

    @Override
    public void close() {
        clients.forEach(RemoteSession::disconnect);
        session.end("Benchmark over.");
        session.ended().toCompletableFuture().completeOnTimeout("", 30, TimeUnit.SECONDS).join();
        hostLoops.close();
        clientLoops.close();
    }
}
