package io.dbgshell.session;

import io.dbgshell.command.CommandText;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One line on its way through the session, with the scripts it started: a stack of what is left
 * to run, innermost on top. Keeping the rest of a line as data rather than on the thread's stack is
 * what lets a command finish later ({@code g}): the line parks, the session goes on, and the run
 * picks up where it stopped. Whoever started the line may wait for {@link #finished()}: a console
 * reading a pipe reads its next line only then. Used only in the session executor's turn, but for
 * {@link #finished()}.
 */
final class LineRun {
    private final Participant origin;
    private final Deque<Frame> frames = new ArrayDeque<>();
    /** The stage this run waits for, or null while it runs. */
    private CompletionStage<?> parkedOn;
    private final CompletableFuture<Void> finished = new CompletableFuture<>();

    LineRun(Participant origin) {
        this.origin = origin;
    }

    /** Who typed the line; its commands run as this participant. */
    Participant origin() {
        return origin;
    }

    /** Commands cut from one line, run in order; {@code echo}: each is shown before it runs (scripts). */
    static final class Commands implements Frame {
        private final List<CommandText> commands;
        private final boolean echo;
        private int next;

        Commands(List<CommandText> commands, boolean echo) {
            this.commands = commands;
            this.echo = echo;
        }

        Optional<CommandText> next() {
            return next < commands.size() ? Optional.of(commands.get(next++)) : Optional.empty();
        }

        @Override
        public boolean usedUp() {
            return next >= commands.size();
        }

        boolean echo() {
            return echo;
        }
    }

    /**
     * A script's lines (a file, or a breakpoint's command string): each is split when its turn comes.
     *
     * @param condensed the lines are blocks of many file lines, split without the line limit
     * @param echo      each command is shown before it runs
     */
    static final class Script implements Frame {
        private final List<String> lines;
        private final boolean condensed;
        private final boolean echo;
        private int next;

        Script(List<String> lines, boolean condensed, boolean echo) {
            this.lines = lines;
            this.condensed = condensed;
            this.echo = echo;
        }

        Optional<String> next() {
            return next < lines.size() ? Optional.of(lines.get(next++)) : Optional.empty();
        }

        @Override
        public boolean usedUp() {
            return next >= lines.size();
        }

        boolean condensed() {
            return condensed;
        }

        boolean echo() {
            return echo;
        }
    }

    /** What is left of a line or of a script. */
    sealed interface Frame permits Commands, Script {
        /** Whether nothing of it is left to run. */
        boolean usedUp();
    }

    void push(Frame frame) {
        frames.push(frame);
    }

    Frame top() {
        return frames.peek();
    }

    void pop() {
        frames.pop();
    }

    /** How many frames are left; 0 once the run is over. */
    int depth() {
        return frames.size();
    }

    /** Whether nothing is left to run after the command running now. */
    boolean usedUp() {
        return frames.stream().allMatch(Frame::usedUp);
    }

    /** Scripts running inside one another in this run. */
    int scriptDepth() {
        return (int) frames.stream().filter(Script.class::isInstance).count();
    }

    /** Whether the innermost running script shows its commands; false outside scripts. */
    boolean scriptEchoes() {
        return frames.stream().filter(Script.class::isInstance).map(Script.class::cast).findFirst()
                .map(Script::echo).orElse(false);
    }

    /** Drops everything left to run (the typist left, the session ends, a script chain unwinds). */
    void abandon() {
        frames.clear();
        parkedOn = null;
        finish();
    }

    /**
     * Completes once nothing is left to run: every command ran, including those after a command
     * that finished later, or the run was abandoned. Never completes exceptionally.
     */
    CompletionStage<Void> finished() {
        return finished;
    }

    /** Nothing is left of this run; whoever waits for it goes on. */
    void finish() {
        finished.complete(null);
    }

    /** Runs {@code step} of this run; if it fails, the run is abandoned, so nobody waits for it forever. */
    void guarded(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException | Error e) {
            abandon();
            throw e;
        }
    }

    void park(CompletionStage<?> stage) {
        parkedOn = stage;
    }

    boolean parked() {
        return parkedOn != null;
    }

    /** Whether this run still waits for {@code stage} (not for a later one, and not abandoned). */
    boolean parkedOn(CompletionStage<?> stage) {
        return parkedOn == stage;
    }

    void unpark() {
        parkedOn = null;
    }
}
