package io.dbgshell.command;

/**
 * A command line that does not parse. The message is one complete user-facing line, starting with
 * {@code Error:} and naming the offending text, and is shown as is.
 */
public final class CommandSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    public CommandSyntaxException(String message) {
        super(message);
    }
}
