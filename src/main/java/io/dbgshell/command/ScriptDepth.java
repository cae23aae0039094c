package io.dbgshell.command;

/** How deeply scripts may run scripts: recursion is allowed (windbg-notes §5.3), but not without end. */
public final class ScriptDepth {
    /** The most scripts that may be running inside one another. */
    public static final int LIMIT = 32;

    /** Shown when a script would start at depth {@link #LIMIT} + 1; the whole chain stops. */
    public static final String EXCEEDED_MESSAGE =
            "Error: script nesting exceeds " + LIMIT + " levels (recursive script?)";

    private ScriptDepth() {
    }

    /** Whether a script may start when {@code running} scripts are already running inside one another. */
    public static boolean allowsAnother(int running) {
        return running < LIMIT;
    }
}
