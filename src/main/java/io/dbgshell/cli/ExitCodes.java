package io.dbgshell.cli;

/** Process exit codes. */
final class ExitCodes {
    static final int OK = 0;
    /** A server that cannot start, a failed connection, a refused password, a lost link. */
    static final int FAILURE = 1;
    /** A bad option or transport string (picocli uses the same code for its own usage errors). */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
