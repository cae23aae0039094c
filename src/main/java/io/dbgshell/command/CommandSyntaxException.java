package io.dbgshell.command;

/**
 * A command line that does not parse. The message is bare, one line naming the offending text;
 * whoever shows it puts {@code Error: } before it, as for a {@link CommandException}.
 */
public final class CommandSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    public CommandSyntaxException(String message) {
        super(message);
    }
}
