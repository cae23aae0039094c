package io.dbgshell.command;

/** One command: its metadata and what it does. Commands run on the session's executor, one at a time. */
public interface Command {

    CommandInfo info();

    /**
     * Runs the command with the text after its name.
     *
     * @throws CommandException with a one-line message for the user (shown as {@code Error: message})
     */
    void execute(CommandContext context, String arguments) throws CommandException;
}
