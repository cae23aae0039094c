package io.dbgshell.command;

/**
 * A script file that cannot be run: missing, unreadable, not UTF-8, or holding an over-long line.
 * The message is bare, one line naming the file; the session puts {@code Error: } before it.
 */
public final class ScriptFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public ScriptFileException(String message) {
        super(message);
    }

    public ScriptFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
