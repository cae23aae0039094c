package io.dbgshell.testing;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandRegistry;
import io.dbgshell.command.builtin.BuiltinCommands;
import io.dbgshell.config.Tunables;
import io.dbgshell.engine.Engine;
import io.dbgshell.host.HostLinks;
import io.dbgshell.host.HostSettings;
import io.dbgshell.protocol.ProtocolSettings;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.protocol.Identity;
import io.dbgshell.session.Session;
import io.dbgshell.session.SessionSettings;
import io.dbgshell.shell.HostConsole;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.Transports;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** A real session in this JVM with a recording host console, real event loops and real transports. */
public final class TestHost implements AutoCloseable {
    public static final Identity HOST_IDENTITY = new Identity("HOSTBOX", "hostuser");

    public final EventLoops loops = new EventLoops(2);
    public final Transports transports;
    public final Session session;
    public final RecordingConsole console = new RecordingConsole();
    /**
     * The host's console as the session sees it: commands typed with {@link #type} come from here. With
     * the default bounds whatever a test shrinks for clients, so that it drops nothing a test reads.
     */
    public final HostConsole participant = new HostConsole(HOST_IDENTITY, console, Tunables.DEFAULTS);

    public TestHost(Function<EventLoops, Transports> transports, Tunables tunables) {
        this(transports, tunables, Engine.NONE, List.of());
    }

    /** A host whose session drives {@code engine}, with {@code engineCommands} registered beside the built-ins. */
    public TestHost(Function<EventLoops, Transports> transports, Tunables tunables, Engine engine,
                    List<Command> engineCommands) {
        this.transports = transports.apply(loops);
        CommandRegistry commands = BuiltinCommands.registry().register(new FloodCommand());
        engineCommands.forEach(commands::register);
        session = Session.builder().tunables(tunables).links(new HostLinks()).transports(this.transports)
                .commands(commands).engine(engine).build();
        session.attachHostConsole(participant);
    }

    /** Types a line at the host's console. */
    public void type(String line) {
        session.submit(participant, line);
    }

    /** Starts a server with {@code .server} and returns it once the host confirmed it. */
    public ServerEntry startServer(String transport) {
        int before = session.servers().list().size();
        int confirmations = TextLog.count(console.log.text(), "Server started with");
        type(".server " + transport);
        console.log.awaitCount("Server started with", confirmations + 1, TextLog.DEFAULT_WAIT);
        List<ServerEntry> servers = session.servers().list();
        if (servers.size() != before + 1) {
            throw new AssertionError("no server started: " + console.log.text());
        }
        return servers.get(before);
    }

    @Override
    public void close() {
        session.end("Test over.");
        session.ended().toCompletableFuture().completeOnTimeout("", 5, TimeUnit.SECONDS).join();
        loops.close();
    }

    /** The settings shrunk for tests: handshakes, stalled participants and wrong passwords cost little time. */
    public static Tunables fastSettings() {
        return Tunables.DEFAULTS.with(ProtocolSettings.HANDSHAKE_TIMEOUT, Duration.ofSeconds(5))
                .with(SessionSettings.PARTICIPANT_STALL_TIMEOUT, Duration.ofMillis(500))
                .with(HostSettings.AUTH_FAILURE_BASE_DELAY, Duration.ofMillis(20))
                .with(HostSettings.AUTH_FAILURE_MAX_DELAY, Duration.ofMillis(200));
    }
}
