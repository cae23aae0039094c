package io.dbgshell.session;

import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandRegistry;
import io.dbgshell.command.CommandText;
import io.dbgshell.command.ScriptInvocation;
import io.dbgshell.config.Tunables;
import io.dbgshell.engine.Engine;
import io.dbgshell.engine.TargetState;
import io.dbgshell.files.UserFiles;
import io.dbgshell.log.Transcript;
import io.dbgshell.server.ServerRegistry;
import io.dbgshell.transport.spec.ServerAccess;
import io.dbgshell.transport.Transports;
import io.netty.util.concurrent.DefaultThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One debugging session and its life: joins, leaves, notices, engine events and typed lines all
 * become tasks that a {@link SessionExecutor} runs one at a time in arrival order, and the session
 * ends once. The parts each do one job: {@link LineRunner} interprets lines and scripts (a line
 * whose command finishes later parks there, and the session goes on), {@link Fanout} sends output
 * and the prompt to everyone, {@link Roster} knows who is in, {@link EngineEvents} hears the engine.
 * Anything here may be called from any thread; a client's line of commands that never wait may run
 * on its link's event loop while the session is idle, sparing it the trip to the session thread.
 */
public final class Session {
    private static final Logger LOG = LoggerFactory.getLogger(Session.class);

    private final Duration hostCatchUp;
    private final Duration endFlushTimeout;
    private final Clock clock;
    private final CommandRegistry commands;
    private final Engine engine;
    private final ServerRegistry servers;
    private final SessionExecutor executor;
    private final Roster roster = new Roster();
    private final Fanout out;
    private final LineRunner lines;
    private final CompletableFuture<String> ended = new CompletableFuture<>();
    private final Transcript transcript;
    /** The target's state as last told, in the executor's turn only. */
    private TargetState target = TargetState.NO_TARGET;
    private volatile boolean ending;

    Session(Tunables tunables, Clock clock, CommandRegistry commands, Engine engine, Transports transports,
            LinkLayer links) {
        this.hostCatchUp = tunables.get(SessionSettings.HOST_CATCH_UP);
        this.endFlushTimeout = tunables.get(SessionSettings.END_FLUSH_TIMEOUT);
        this.engine = engine;
        this.clock = clock;
        this.commands = commands;
        this.out = new Fanout(roster, tunables, this::postLater);
        UserFiles files = new UserFiles(tunables);
        this.transcript = new Transcript(files, this::notice);
        this.lines = new LineRunner(this, commands, out, roster, engine, files, tunables);
        this.executor = new SessionExecutor(new DefaultThreadFactory("dbgshell-session", true));
        this.servers = new ServerRegistry(transports, links.open(new Links(), tunables), this::notice);
        out.addTap(transcript::write);
        engine.listen(new EngineEvents(this::post, new EngineHandler(), tunables.get(SessionSettings.ENGINE_OUTPUT_CHARS)));
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

    CommandRegistry commands() {
        return commands;
    }

    Fanout out() {
        return out;
    }

    Roster roster() {
        return roster;
    }

    /**
     * Completes with the closing message once the session has ended and everything queued for the
     * participants has left the process, or the end-flush timeout has passed.
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
        out.addTap(tap);
    }

    /**
     * Queues one typed line from {@code origin}; lines start one at a time in arrival order. The
     * stage completes once the line is over: its commands ran, including any after one that waited
     * for the target to stop, or it was dropped (its typist left, the session ended). A console
     * reading a pipe waits for it before reading on; it never completes exceptionally.
     */
    public CompletionStage<Void> submit(Participant origin, String line) {
        return start(new LineRun(origin), run -> lines.typed(run, line, Optional.empty()));
    }

    /**
     * Break-in from anyone who may (Ctrl-C at the host's console, a driver's BREAK frame), on the
     * caller's thread and never queued behind lines: the engine is asked to stop a running target at
     * once. False when nothing runs, and Ctrl-C then keeps its ordinary meaning; an observer's is
     * refused, and only the observer is told.
     */
    public boolean breakIn(Participant from) {
        Optional<String> refused = Rights.breakInRefusal(roster.seat(from));
        if (refused.isPresent()) {
            out.tell(from, "Error: " + refused.get() + "\n");
            return false;
        }
        boolean asked = engine.breakIn();
        LOG.debug("break-in from {}: {}", from.describe(), asked ? "the engine stops the target" : "nothing runs");
        return asked;
    }

    private void receive(Participant origin, String line, ScheduledExecutorService loop) {
        Optional<List<CommandText>> quick = lines.neverWaits(line);
        if (quick.isEmpty() || !executor.tryRunHere(() -> runOnEventLoop(new LineRun(origin), line, quick, loop))) {
            submit(origin, line);
        }
    }

    private void runOnEventLoop(LineRun run, String line, Optional<List<CommandText>> parsed,
                                ScheduledExecutorService loop) {
        out.runningOnEventLoop(true);
        try {
            runTask(() -> lines.typed(run, line, parsed));
        } finally {
            out.runningOnEventLoop(false);
        }
        if (out.needsCatchUp()) {
            // any task on the session thread shows the backlog first; this one makes sure there is one
            loop.schedule(() -> post(() -> { }), hostCatchUp.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    /**
     * Queues a script from {@code origin} as if it had typed the script command, but without showing
     * that command ({@code -cf}). The invocation need not come from the parser, so its file name may
     * hold anything. The stage completes once the script is over, as {@link #submit}'s does.
     */
    public CompletionStage<Void> runScript(Participant origin, ScriptInvocation invocation) {
        return start(new LineRun(origin), run -> lines.script(run, invocation));
    }

    /** Queues {@code how} to start {@code run}; a run the session no longer takes finishes at once. */
    private CompletionStage<Void> start(LineRun run, Consumer<LineRun> how) {
        if (!executor.execute(() -> runTask(() -> run.guarded(() -> how.accept(run))))) {
            run.abandon();
        }
        return run.finished();
    }

    /** Adds the host's console, which needs no greeting and whose arrival nobody is told about. */
    public void attachHostConsole(Participant console) {
        post(() -> {
            console.prompt(out.prompt());
            roster.addHost(console, clock.instant());
        });
    }

    /** Shows one line to everyone, e.g. a notice from a transport. */
    public void notice(String line) {
        post(() -> out.println(line));
    }

    /** Ends the session for everyone with {@code message}; idempotent. */
    public void end(String message) {
        post(() -> endNow(message));
    }

    private void join(Participant participant, ServerAccess access) {
        post(() -> {
            if (ending) {
                participant.end("The session is ending.");
                return;
            }
            out.greet(participant);
            roster.add(participant, access, clock.instant());
            out.broadcast(participant.describe() + " connected at " + now() + "\n", participant);
            LOG.info("{} joined", participant.describe());
        });
    }

    private void leave(Participant participant, Optional<String> why) {
        post(() -> {
            if (roster.remove(participant)) {
                lines.left(participant);
                announceLeft(participant, why);
            }
        });
    }

    /** {@code q}: the host ends the session; a client leaves it, with what its own commands printed so far. */
    void quit(Participant origin) {
        if (origin.isHost()) {
            endNow("Session ended by the host.");
        } else if (roster.present(origin)) {
            dismiss(origin, "You left the session.", Optional.empty());
        }
    }

    /** {@code .kick N}: client N is shown what was printed so far and why it goes; everyone else is told. */
    void kick(int number) throws CommandException {
        dismiss(client(number, "the host's console cannot be removed"), "You were removed from the session by the host.",
                Optional.of("removed by the host"));
    }

    /** {@code .readonly N on|off}: client N's role from its next line; it is told, and the listing line returned. */
    String observe(int number, boolean observer) throws CommandException {
        Participant client = client(number, "the host's console is always the host");
        roster.seat(client).observe(observer);
        out.flush();
        out.tell(client, observer ? "The host made you an observer: you may look, not change anything.\n"
                : "The host made you a driver: you may change the target and the session.\n");
        return roster.listing(client, clock.getZone());
    }

    /** Client {@code number}; {@code notTheHost} is the error when the number is the host's console's. */
    private Participant client(int number, String notTheHost) throws CommandException {
        if (number == Seat.HOST.number()) {
            throw new CommandException(notTheHost);
        }
        return roster.byNumber(number).orElseThrow(
                () -> new CommandException("no client " + number + " in the session (.clients lists them)"));
    }

    /** A client's part ends at the host's side: it is shown {@code message}, the others are told. */
    private void dismiss(Participant client, String message, Optional<String> why) {
        out.flush();
        roster.remove(client);
        lines.left(client);
        client.end(message);
        announceLeft(client, why);
    }

    /** Tells everyone, and the log, that {@code participant} is gone. */
    private void announceLeft(Participant participant, Optional<String> why) {
        out.println(participant.describe() + " disconnected at " + now() + why.map(w -> " (" + w + ")").orElse(""));
        LOG.info("{} left{}", participant.describe(), why.map(w -> ": " + w).orElse(""));
    }

    /**
     * How many lines wait for the target to stop, counted in the session's turn. For tests: a line
     * that parked once per logpoint hit would be woken by every later stop.
     */
    CompletionStage<Integer> parkedRuns() {
        CompletableFuture<Integer> count = new CompletableFuture<>();
        post(() -> count.complete(lines.parkedRuns()));
        return count;
    }

    /** Runs {@code task} in the executor's turn, after every task given before it. */
    void post(Runnable task) {
        if (!executor.execute(() -> runTask(task))) {
            LOG.debug("session already closed; dropped a task");
        }
    }

    /** Runs {@code task} in the executor's turn once {@code delay} has passed. */
    private void postLater(Runnable task, Duration delay) {
        CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS, this::post).execute(task);
    }

    /** Every task ends with its output on its way, so the next one starts with nothing pending. */
    private void runTask(Runnable task) {
        out.showHeld();
        try {
            task.run();
        } catch (RuntimeException | Error e) { // an Error too: the session thread must outlive any command
            LOG.error("session task failed", e);
            out.println("Error: internal error (details in the log file)");
        }
        out.flush();
    }

    void endNow(String message) {
        if (ending) {
            return;
        }
        out.flush();
        ending = true;
        servers.closeAll();
        List<CompletableFuture<Void>> gone = new ArrayList<>();
        for (Participant participant : roster.takeAll()) {
            try {
                participant.end(message);
            } catch (RuntimeException e) {
                // one broken console (a terminal closed under us) must not keep the session alive
                LOG.warn("telling {} the session ended failed", participant.describe(), e);
            }
            gone.add(participant.gone().toCompletableFuture());
        }
        transcript.write(message + "\n");
        transcript.close();
        lines.endAll();
        executor.shutdown();
        engine.close();
        CompletableFuture.allOf(gone.toArray(CompletableFuture[]::new))
                .completeOnTimeout(null, endFlushTimeout.toNanos(), TimeUnit.NANOSECONDS)
                .whenComplete((done, failure) -> ended.complete(message));
    }

    private String now() {
        return SessionDates.format(clock.instant(), clock.getZone());
    }

    /** The session as its links see it; they get this, never the session itself. */
    private final class Links implements SessionLinks {
        @Override
        public boolean isEnding() {
            return ending;
        }

        @Override
        public List<String> commandNames() {
            return commands.names();
        }

        @Override
        public void notice(String line) {
            Session.this.notice(line);
        }

        @Override
        public void join(Participant participant, ServerAccess access) {
            Session.this.join(participant, access);
        }

        @Override
        public void leave(Participant participant, Optional<String> why) {
            Session.this.leave(participant, why);
        }

        @Override
        public void receive(Participant origin, String line, ScheduledExecutorService loop) {
            Session.this.receive(origin, line, loop);
        }

        @Override
        public boolean breakIn(Participant from) {
            return Session.this.breakIn(from);
        }
    }

    /** What the engine's events do, in the executor's turn. */
    private final class EngineHandler implements EngineEvents.Handler {
        @Override
        public void output(String text) {
            out.print(text);
        }

        @Override
        public void stateChanged(TargetState state) {
            TargetState before = target;
            target = state;
            if (state.running()) {
                out.busyPrompt(state.prompt());
            } else {
                out.prompt(state.prompt());
            }
            lines.targetChanged(before, state);
        }

        @Override
        public void runOnStop(String commands) {
            lines.breakpointCommands(commands);
        }
    }
}
