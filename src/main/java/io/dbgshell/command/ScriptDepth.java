package io.dbgshell.command;

/** How deeply scripts may run scripts: recursion is allowed (windbg-notes §5.3), but not without end. */
public final class ScriptDepth {
    private final int limit;

    /** @param limit the most scripts that may be running inside one another ({@link CommandSettings#SCRIPT_DEPTH}) */
    public ScriptDepth(int limit) {
        this.limit = limit;
    }

    /** Whether a script may start when {@code running} scripts are already running inside one another. */
    public boolean allowsAnother(int running) {
        return running < limit;
    }

    /** Shown when a script would start past the limit; the whole chain stops. */
    public String exceededMessage() {
        return "Error: script nesting exceeds " + limit + " levels (recursive script?)";
    }
}
