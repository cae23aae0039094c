package io.dbgshell.engine;

/**
 * What the target is doing, and so what the prompt says (ENGINE.md §2).
 *
 * @param kind          no target, running, or stopped
 * @param currentThread the engine's small number for the current thread when stopped; -1 otherwise
 */
public record TargetState(Kind kind, int currentThread) {
    public static final TargetState NO_TARGET = new TargetState(Kind.NO_TARGET, -1);
    public static final TargetState RUNNING = new TargetState(Kind.RUNNING, -1);

    /** The prompt everyone sees with no target. */
    public static final String NO_TARGET_PROMPT = "dbg> ";
    /** The prompt while the target runs; WinDbg shows {@code *BUSY*} in the same place. */
    public static final String RUNNING_PROMPT = "*BUSY*> ";

    public enum Kind { NO_TARGET, RUNNING, STOPPED }

    public static TargetState stopped(int thread) {
        return new TargetState(Kind.STOPPED, thread);
    }

    public boolean running() {
        return kind == Kind.RUNNING;
    }

    public boolean stopped() {
        return kind == Kind.STOPPED;
    }

    /** {@code dbg> }, {@code *BUSY*> }, or {@code 0:003> } (process 0, thread 3). */
    public String prompt() {
        return switch (kind) {
            case NO_TARGET -> NO_TARGET_PROMPT;
            case RUNNING -> RUNNING_PROMPT;
            case STOPPED -> String.format("0:%03d> ", currentThread);
        };
    }
}
