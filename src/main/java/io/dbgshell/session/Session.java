package io.dbgshell.session;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandLineSplitter;
import io.dbgshell.command.CommandRegistry;
import io.dbgshell.command.CommandSyntaxException;
import io.dbgshell.command.CommandText;
import io.dbgshell.command.CommandTrait;
import io.dbgshell.command.ScriptDepth;
import io.dbgshell.command.ScriptFile;
import io.dbgshell.command.ScriptFileException;
import io.dbgshell.command.ScriptInvocation;
import io.dbgshell.command.TransportArguments;
import io.dbgshell.config.Settings;
import io.dbgshell.engine.Engine;
import io.dbgshell.files.UserFiles;
import io.dbgshell.log.Transcript;
import io.dbgshell.server.ServerRegistry;
import io.dbgshell.transport.Transports;
import io.netty.util.concurrent.DefaultThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One debugging session: a single executor runs every command in arrival order, and all output
 * fans out from it to every participant. Nothing here waits for a participant: remote ones queue
 * (bounded) on their own event loops. Command lines, joins, leaves and notices may be submitted
 * from any thread; everything else happens in the executor's turn: on the session thread, or, for
 * a client's line of commands that never wait, on its link's event loop while the session is idle.
 * What such a line shows the host waits in {@link HostView} until the session thread shows it first
 * thing in its next task, since a console may block and an event loop must not; so it keeps its
 * place in the order, and the reply to the client never waits for the host's screen.
 *
 * <p>Why this class is as long as it is: running a line, running a script inside a command, the
 * command context and fan-out all read and write the same single-threaded state (pending output,
 * script depth and echo, the participant list, the ending flag), and splitting them would pass
 * that state around rather than hide it. What has state of its own lives beside it:
 * {@link SessionExecutor}, {@link HostView}, {@link OutputHistory}, {@link RemoteParticipant}.
 */
public final class Session {
    private static final Logger LOG = LoggerFactory.getLogger(Session.class);
    public static final String DEFAULT_PROMPT = "dbg> ";

    private final Settings settings;
    private final Clock clock;
    private final CommandRegistry commands;
    private final Engine engine;
    private final ServerRegistry servers;
    private final SessionExecutor executor;
    private final List<Participant> participants = new CopyOnWriteArrayList<>();
    private final HostView hostView = new HostView(participants);
    private final OutputHistory history;
    private final StringBuilder pending = new StringBuilder();
    private final CompletableFuture<String> ended = new CompletableFuture<>();
    private final Transcript transcript = new Transcript(UserFiles.DEFAULT, this::notice);
    /** Scripts running inside one another; in the executor's turn only. */
    private int scriptDepth;
    /** Whether the innermost running script shows its commands; in the executor's turn only. */
    private boolean scriptEchoes;
    /** Whether the running line runs on a link's event loop; in the executor's turn only. */
    private boolean onEventLoop;
    /** Set when a script chain must unwind (nesting too deep); cleared when the next line starts. */
    private boolean scriptsStopped;
    private volatile boolean ending;

    Session(Settings settings, Clock clock, CommandRegistry commands, Engine engine, Transports transports,
            AuthThrottle throttle) {
        this.settings = settings;
        this.engine = engine;
        this.clock = clock;
        this.commands = commands;
        this.history = new OutputHistory(settings.historyLines());
        this.executor = new SessionExecutor(new DefaultThreadFactory("dbgshell-session", true));
        this.servers = new ServerRegistry(transports,
                spec -> new HostChannelInitializer(this, settings, throttle, spec.password()), this::notice);
        hostView.addTap(transcript::write);
    }

    public static SessionBuilder builder() {
        return new SessionBuilder();
    }

    public ServerRegistry servers() {
        return servers;
    }

    Clock clock() {
        return clock;
    }

    /**
     * Completes with the closing message once the session has ended and everything queued for the
     * participants has left the process, or the settings' end-flush timeout has passed.
     */
    public CompletionStage<String> ended() {
        return ended;
    }

    public boolean isEnding() {
        return ending;
    }

    /** The transcript, fed with everything the host's console shows; closed when the session ends. */
    public Transcript transcript() {
        return transcript;
    }

    /** Receives every piece of text the host's console shows, its own typed commands included (transcripts). */
    public void addTap(Consumer<String> tap) {
        hostView.addTap(tap);
    }

    /** Queues one typed line from {@code origin}; lines run one at a time in arrival order. */
    public void submit(Participant origin, String line) {
        post(() -> execute(origin, line, Optional.empty()));
    }

    /**
     * A line from a client's link, on that link's event loop. A line whose commands all never wait
     * runs right here if the session is idle, which spares it the trip to the session thread and
     * back; any other line queues like a typed one.
     */
    void receive(RemoteParticipant origin, String line) {
        Optional<List<CommandText>> quick = neverWaits(line);
        if (quick.isEmpty() || !executor.tryRunHere(() -> runOnEventLoop(origin, line, quick))) {
            submit(origin, line);
        }
    }

    /** The line's commands, if every one of them never waits. */
    private Optional<List<CommandText>> neverWaits(String line) {
        try {
            List<CommandText> parsed = CommandLineSplitter.split(line);
            for (CommandText command : parsed) {
                if (!command.isComment() && !commands.find(command.name())
                        .map(found -> found.info().has(CommandTrait.NEVER_WAITS)).orElse(false)) {
                    return Optional.empty();
                }
            }
            return Optional.of(parsed);
        } catch (CommandSyntaxException e) {
            return Optional.empty(); // the session thread reports it, like any other line
        }
    }

    private void runOnEventLoop(RemoteParticipant origin, String line, Optional<List<CommandText>> parsed) {
        onEventLoop = true;
        try {
            runTask(() -> execute(origin, line, parsed));
        } finally {
            onEventLoop = false;
        }
        if (hostView.needsCatchUp()) {
            // any task on the session thread shows the backlog first; this one makes sure there is one
            origin.eventLoop().schedule(() -> post(() -> { }), settings.hostCatchUp().toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    /**
     * Queues a script from {@code origin} as if it had typed the script command, but without showing
     * that command ({@code -cf}). The invocation need not come from the parser, so its file name may
     * hold anything.
     */
    public void runScript(Participant origin, ScriptInvocation invocation) {
        post(() -> {
            if (!ending) {
                scriptsStopped = false;
                runScriptNow(origin, invocation);
            }
        });
    }

    /** Adds the host's console, which needs no greeting and whose arrival nobody is told about. */
    public void attachHostConsole(Participant console) {
        post(() -> {
            console.prompt(DEFAULT_PROMPT);
            participants.add(console);
        });
    }

    /** Shows one line to everyone, e.g. a notice from a transport. */
    public void notice(String line) {
        post(() -> println(line));
    }

    /** Ends the session for everyone with {@code message}; idempotent. */
    public void end(String message) {
        post(() -> endNow(message));
    }

    void join(RemoteParticipant participant) {
        post(() -> {
            if (ending) {
                participant.end("The session is ending.");
                return;
            }
            SessionOutput recent = new SessionOutput(history.text());
            if (!recent.text().isEmpty()) {
                participant.deliver(recent);
            }
            recent.release();
            participant.prompt(DEFAULT_PROMPT);
            participants.add(participant);
            broadcast(participant.describe() + " connected at " + now() + "\n", participant);
            LOG.info("{} joined", participant.describe());
        });
    }

    /** A participant's link is gone (it left, was dropped, or vanished); {@code why} is added to the notice. */
    void leave(Participant participant, Optional<String> why) {
        post(() -> {
            if (participants.remove(participant)) {
                announceLeft(participant, why);
            }
        });
    }

    /** Tells everyone, and the log, that {@code participant} is gone. */
    private void announceLeft(Participant participant, Optional<String> why) {
        println(participant.describe() + " disconnected at " + now() + why.map(w -> " (" + w + ")").orElse(""));
        LOG.info("{} left{}", participant.describe(), why.map(w -> ": " + w).orElse(""));
    }

    private void post(Runnable task) {
        if (!executor.execute(() -> runTask(task))) {
            LOG.debug("session already closed; dropped a task");
        }
    }

    /** Every task ends with its output on its way, so the next one starts with nothing pending. */
    private void runTask(Runnable task) {
        if (!onEventLoop) {
            hostView.showHeld();
        }
        try {
            task.run();
        } catch (RuntimeException | Error e) { // an Error too: the session thread must outlive any command
            LOG.error("session task failed", e);
            println("Error: internal error (details in the log file)");
        }
        flush();
    }

    /** Shows and runs one typed line; {@code parsed} is its commands if they were split already. */
    private void execute(Participant origin, String line, Optional<List<CommandText>> parsed) {
        if (ending || !present(origin)) {
            return; // a client's lines that arrive after it left are not run
        }
        scriptsStopped = false;
        origin.markActive(clock.instant());
        String visible = ControlCharacters.replace(line);
        String own = DEFAULT_PROMPT + TransportArguments.shown(visible, commands);
        broadcast((origin.isHost() ? own : origin.describe() + " " + own) + "\n", origin);
        if (origin.echoesOwnInput()) {
            SessionOutput echo = new SessionOutput(own + "\n");
            origin.deliver(echo);
            echo.release();
        }
        if (!visible.equals(line)) {
            // a line break would let a client forge lines (notices, other people's commands) on every
            // screen, and escape sequences would drive other people's terminals
            println("Error: a command line may not contain control characters (shown as ?)");
            return;
        }
        try {
            runAll(origin, parsed.isPresent() ? parsed.get() : CommandLineSplitter.split(line), false);
        } catch (CommandSyntaxException e) {
            println(e.getMessage());
        }
    }

    /** Runs commands in order while the session lasts, the origin is still in it and no script chain is unwinding. */
    private void runAll(Participant origin, List<CommandText> line, boolean echo) {
        Optional<String> refused = TransportArguments.strayParameter(line, commands);
        if (refused.isPresent()) {
            println(refused.get());
            return;
        }
        for (CommandText command : line) {
            if (ending || scriptsStopped || !present(origin)) {
                return;
            }
            if (echo) {
                println(DEFAULT_PROMPT + TransportArguments.shown(command, commands));
            }
            if (!command.isComment()) {
                run(origin, command);
            }
        }
    }

    /** A script's lines run here, on the session thread, inside the command that started it. */
    private void runScriptNow(Participant origin, ScriptInvocation invocation) {
        if (!ScriptDepth.allowsAnother(scriptDepth)) {
            println(ScriptDepth.EXCEEDED_MESSAGE);
            scriptsStopped = true;
            return;
        }
        List<String> lines;
        try {
            // relative names are the host's: every script runs here, whoever typed its command
            lines = ScriptFile.commandLines(invocation, Path.of("").toAbsolutePath());
        } catch (ScriptFileException e) {
            println(e.getMessage());
            return;
        }
        boolean outerEchoes = scriptEchoes;
        scriptEchoes = invocation.form().echoesCommands();
        scriptDepth++;
        try {
            for (String line : lines) {
                runScriptLine(origin, line, invocation.form().condensed());
            }
        } finally {
            scriptDepth--;
            scriptEchoes = outerEchoes;
        }
    }

    private void runScriptLine(Participant origin, String line, boolean block) {
        List<CommandText> parsed;
        try {
            parsed = block ? CommandLineSplitter.splitBlock(line) : CommandLineSplitter.split(line);
        } catch (CommandSyntaxException e) {
            println(e.getMessage());
            return;
        }
        runAll(origin, parsed, scriptEchoes);
    }

    private boolean present(Participant origin) {
        return origin.isHost() || participants.contains(origin);
    }

    private void run(Participant origin, CommandText text) {
        Optional<Command> command = commands.find(text.name());
        if (command.isEmpty()) {
            println("Error: unknown command '" + text.name() + "' (.help lists the commands)");
            return;
        }
        if (command.get().info().has(CommandTrait.NOT_IN_SCRIPTS) && scriptDepth > 0) {
            println("Error: '" + text.name() + "' is not allowed in script files");
            return;
        }
        if (command.get().info().has(CommandTrait.ONLY_IN_SCRIPTS) && scriptDepth == 0) {
            println("Error: '" + text.name() + "' is allowed only in script files");
            return;
        }
        try {
            command.get().execute(new Context(origin), text.arguments());
        } catch (CommandException e) {
            println("Error: " + e.getMessage());
        } catch (RuntimeException | Error e) { // an Error too (OutOfMemoryError): the session thread must outlive it
            LOG.error("command '{}' failed", TransportArguments.shown(text, commands), e);
            println("Error: internal error in " + text.name() + " (details in the log file)");
        }
    }

    private void endNow(String message) {
        if (ending) {
            return;
        }
        flush();
        ending = true;
        servers.closeAll();
        List<CompletableFuture<Void>> gone = new ArrayList<>();
        for (Participant participant : participants) {
            try {
                participant.end(message);
            } catch (RuntimeException e) {
                // one broken console (a terminal closed under us) must not keep the session alive
                LOG.warn("telling {} the session ended failed", participant.describe(), e);
            }
            gone.add(participant.gone().toCompletableFuture());
        }
        participants.clear();
        transcript.write(message + "\n");
        transcript.close();
        executor.shutdown();
        engine.close();
        CompletableFuture.allOf(gone.toArray(CompletableFuture[]::new))
                .completeOnTimeout(null, settings.endFlushTimeout().toNanos(), TimeUnit.NANOSECONDS)
                .whenComplete((done, failure) -> ended.complete(message));
    }

    private void println(String line) {
        pending.append(line).append('\n');
        if (pending.length() >= settings.outputFlushChars()) {
            flush();
        }
    }

    private void flush() {
        if (pending.length() > 0) {
            String text = pending.toString();
            pending.setLength(0);
            broadcast(text, null);
        }
    }

    private void broadcast(String uncut, Participant except) {
        String text = OutputLines.cut(uncut); // the one place all output passes: history and transcript included
        history.add(text);
        if (onEventLoop) {
            hostView.hold(text);
        } else {
            hostView.show(text, except);
        }
        SessionOutput output = new SessionOutput(text);
        try {
            for (Participant participant : participants) {
                if (participant != except && !participant.isHost()) {
                    participant.deliver(output);
                }
            }
        } finally {
            output.release();
        }
    }

    private String now() {
        return SessionDates.format(clock.instant(), clock.getZone());
    }

    /** What one command sees of the session. */
    private final class Context implements CommandContext {
        private final Participant origin;

        Context(Participant origin) {
            this.origin = origin;
        }

        @Override
        public void println(String line) {
            Session.this.println(line);
        }

        @Override
        public boolean fromHost() {
            return origin.isHost();
        }

        @Override
        public ServerRegistry servers() {
            return servers;
        }

        @Override
        public CommandRegistry commands() {
            return commands;
        }

        @Override
        public List<String> participantListing() {
            List<String> lines = new ArrayList<>();
            for (Participant participant : participants) {
                lines.add(participant.describe() + ", last active "
                        + SessionDates.format(participant.lastActive(), clock.getZone()));
            }
            return lines;
        }

        @Override
        public void quit() {
            if (origin.isHost()) {
                endNow("Session ended by the host.");
            } else if (participants.contains(origin)) {
                flush(); // the leaver still gets what its own commands printed so far
                participants.remove(origin);
                origin.end("You left the session.");
                announceLeft(origin, Optional.empty());
            }
        }

        @Override
        public void endSession() {
            endNow("Session ended by " + (origin.isHost() ? "the host" : origin.describe()) + ".");
        }

        @Override
        public void clearTypistScreen() {
            flush();
            origin.clearScreen();
        }

        @Override
        public Transcript transcript() {
            return transcript;
        }

        @Override
        public void runScript(ScriptInvocation invocation) {
            runScriptNow(origin, invocation);
        }

        @Override
        public void runInScript(String commands) {
            runScriptLine(origin, commands, false);
        }

        @Override
        public void continueAfter(CompletionStage<?> done) {
            // the execution model that parks a line until the target stops comes with the engine (issue 13)
            throw new UnsupportedOperationException("commands that finish later are not supported yet");
        }
    }
}
