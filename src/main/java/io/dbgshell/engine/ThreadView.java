package io.dbgshell.engine;

import java.util.List;

/**
 * The threads and stacks of a stopped target ({@code ~}, {@code k}), as lines ready to show.
 * Threads are named by the engine's small numbers; {@link ThreadChoice} says which.
 */
public interface ThreadView {

    /** {@code ~}: one line per chosen thread ({@code .} current, {@code #} the one that caused the stop). */
    List<String> threads(ThreadChoice choice) throws EngineException;

    /** {@code ~Ns}: makes thread N current; returns its location line. */
    String select(int thread) throws EngineException;

    /** {@code k}, {@code kp}: the frames of each chosen thread, innermost first, at most {@code maxFrames} each. */
    List<String> stack(ThreadChoice choice, StackStyle style, int maxFrames) throws EngineException;

    /** What a stack shows of each frame: its place ({@code k}, {@code kn}), or also its arguments ({@code kp}). */
    enum StackStyle { CALLS, ARGUMENTS }

    /** Which threads a command means: the current one, the one that caused the stop, one by number, or all. */
    record ThreadChoice(Kind kind, int number) {
        public static final ThreadChoice CURRENT = new ThreadChoice(Kind.CURRENT, -1);
        public static final ThreadChoice EVENT = new ThreadChoice(Kind.EVENT, -1);
        public static final ThreadChoice ALL = new ThreadChoice(Kind.ALL, -1);

        public enum Kind { CURRENT, EVENT, NUMBER, ALL }

        public static ThreadChoice number(int number) {
            return new ThreadChoice(Kind.NUMBER, number);
        }
    }
}
