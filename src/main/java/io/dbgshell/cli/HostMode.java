package io.dbgshell.cli;

import io.dbgshell.command.ScriptForm;
import io.dbgshell.command.ScriptInvocation;
import io.dbgshell.command.builtin.BuiltinCommands;
import io.dbgshell.command.builtin.LogTarget;
import io.dbgshell.command.builtin.ServerCommand;
import io.dbgshell.command.debug.DebugCommands;
import io.dbgshell.config.Locations;
import io.dbgshell.config.Tunables;
import io.dbgshell.discovery.DiscoveryRegistration;
import io.dbgshell.engine.EngineException;
import io.dbgshell.engine.jdi.JdiDebugger;
import io.dbgshell.engine.jdi.JdiEngine;
import io.dbgshell.host.HostLinks;
import io.dbgshell.log.TranscriptException;
import io.dbgshell.security.Secrets;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.protocol.Identity;
import io.dbgshell.session.Session;
import io.dbgshell.session.SessionSettings;
import io.dbgshell.shell.Console;
import io.dbgshell.shell.Consoles;
import io.dbgshell.shell.HostConsole;
import io.dbgshell.shell.Repl;
import io.dbgshell.shell.StreamConsole;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.TransportException;
import io.dbgshell.transport.standard.StandardTransports;
import io.dbgshell.transport.spec.TransportSpec;
import io.dbgshell.transport.standard.TransportSpecParser;
import io.dbgshell.transport.spec.TransportSyntaxException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Hosts a session: the start-up transcript, servers, script and commands (in that order), then the
 * console (or nothing, with -noio) until it ends.
 */
final class HostMode {
    private static final Logger LOG = LoggerFactory.getLogger(HostMode.class);

    private final DbgshellCommand options;
    private final Locations locations;
    private final Tunables tunables;

    /** @param tunables the values of every setting but the history's length, which {@code -clines} gives */
    HostMode(DbgshellCommand options, Locations locations, Tunables tunables) {
        this.options = options;
        this.locations = locations;
        this.tunables = tunables.with(SessionSettings.HISTORY_LINES, options.clines);
    }

    int run() {
        List<TransportSpec> specs = new ArrayList<>();
        AskedPassword passwords = AskedPassword.forThisProcess();
        for (String typed : options.servers) {
            try {
                specs.add(TransportSpecParser.parse(typed, Role.SERVER, passwords));
            } catch (TransportSyntaxException e) {
                System.err.println("Error: -server " + Secrets.mask(typed) + ": " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        try (StandardTransports transports = new StandardTransports(new EventLoops(), tunables, LOG::info, Identity.HostName.get())) {
            JdiDebugger debugger = JdiDebugger.create(tunables);
            JdiEngine engine = debugger.engine();
            var commands = DebugCommands.registerAll(BuiltinCommands.registry(), debugger);
            Session session = Session.builder()
                    .tunables(tunables)
                    .transports(transports.transports())
                    .commands(commands)
                    .engine(engine)
                    .links(new HostLinks())
                    .build();
            session.servers().addListener(DiscoveryRegistration.forThisProcess());
            Identity me = Identity.local();
            Console console = options.noio ? StreamConsole.none()
                    : Consoles.forThisProcess(locations.historyFile(), commands);
            try (console) {
                HostConsole host = new HostConsole(me, console, tunables);
                if (!options.noio) {
                    session.attachHostConsole(host);
                }
                if (!startTranscript(session)) {
                    return failedStart(session);
                }
                for (int i = 0; i < specs.size(); i++) {
                    try {
                        ServerEntry server = session.servers().start(specs.get(i));
                        ServerCommand.announcement(options.servers.get(i), specs.get(i), server.spec()).forEach(session::notice);
                    } catch (TransportException e) {
                        System.err.println("Error: cannot start server '"
                                + Secrets.mask(options.servers.get(i)) + "': " + e.getMessage());
                        return failedStart(session);
                    }
                }
                if (!startTarget(session, engine)) {
                    return failedStart(session);
                }
                CompletionStage<Void> startUp = startUpCommands(session, host);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(session, tunables.get(CliSettings.STOP_GRACE)), "dbgshell-shutdown"));
                if (!options.noio) {
                    Repl.start(console, startUp, line -> session.submit(host, line), () -> session.breakIn(host));
                }
                awaitEnd(session);
            }
        }
        return ExitCodes.OK;
    }

    /**
     * Runs -cf, then -c once -cf is over (a script's {@code g} included), as one start-up script
     * would; the stage completes once both are over.
     */
    private CompletionStage<Void> startUpCommands(Session session, HostConsole host) {
        CompletionStage<Void> over = CompletableFuture.completedFuture(null);
        if (options.startupScript != null) {
            over = session.runScript(host, new ScriptInvocation(ScriptForm.PLAIN_CHAINABLE,
                    options.startupScript.toString(), List.of()));
        }
        if (options.commands != null) {
            over = over.thenCompose(scriptOver -> session.submit(host, options.commands));
        }
        return over;
    }

    /** Opens the -logo/-loga transcript, if any; false (after one line on stderr) when it cannot be opened. */
    private boolean startTranscript(Session session) {
        boolean append = options.logAppend != null;
        Path file = append ? options.logAppend : options.logOverwrite;
        if (file == null) {
            return true;
        }
        try {
            session.transcript().open(file.toString(), append);
        } catch (TranscriptException e) {
            System.err.println("Error: " + (append ? "-loga" : "-logo") + ": " + e.getMessage());
            return false;
        }
        session.notice(LogTarget.openedMessage(file.toString()));
        return true;
    }

    /** Starts or attaches to the target named on the command line, if any; false (after one line on stderr) on failure. */
    private boolean startTarget(Session session, JdiEngine engine) {
        try {
            if (options.attachPid != null) {
                session.notice(engine.attach(options.attachPid));
            } else if (!options.target.isEmpty()) {
                session.notice(engine.create(options.target));
            }
            return true;
        } catch (EngineException e) {
            System.err.println("Error: " + (options.attachPid != null ? "-p " + options.attachPid + ": " : "") + e.getMessage());
            return false;
        }
    }

    /** Ends a session that could not get going (the reason is already on stderr). */
    private static int failedStart(Session session) {
        session.end("The host could not start.");
        awaitEnd(session);
        return ExitCodes.FAILURE;
    }

    private static void awaitEnd(Session session) {
        session.ended().toCompletableFuture().join();
    }

    /**
     * On a stop signal (SIGTERM, SIGINT): ends the session, but waits for that at most
     * {@code grace} ({@link CliSettings#STOP_GRACE}), because a command may hold the session thread
     * (a stalled file). Then it closes the servers (which removes their socket and discovery files)
     * and the transcript from here, again waiting at most {@code grace}, and lets the process exit
     * whatever is stuck.
     */
    private static void stop(Session session, Duration grace) {
        session.end("Session ended: the host was stopped.");
        CompletableFuture<String> ended = session.ended().toCompletableFuture();
        try {
            ended.get(grace.toNanos(), TimeUnit.NANOSECONDS);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the process is exiting anyway: clean up below without waiting longer
        } catch (TimeoutException | ExecutionException e) {
            LOG.warn("the session did not end within {} ms of the stop signal; closing its servers from outside it",
                    grace.toMillis());
        }
        CompletableFuture.runAsync(() -> {
            session.servers().closeAll();
            session.transcript().close();
        }).completeOnTimeout(null, grace.toNanos(), TimeUnit.NANOSECONDS).join();
    }
}
