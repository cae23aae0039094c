package io.dbgshell.command;

/** A line that cannot be cut into commands; the message is shown to the user after {@code Error:}. */
public final class CommandSyntaxException extends Exception {
    public CommandSyntaxException(String message) {
        super(message);
    }
}
