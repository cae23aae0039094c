package io.dbgshell.command;

/** One command: its metadata and what it does. Commands run on the session's executor, one at a time. */
public interface Command {

    CommandInfo info();

    /**
     * Runs the command as {@link CommandLineSplitter} cut it out and parsed it; most commands read only
     * {@link CommandText#arguments()}, the script forms their {@link CommandText#script()}.
     *
     * @throws CommandException with a one-line message for the user (shown as {@code Error: message})
     */
    void execute(CommandContext context, CommandText command) throws CommandException;
}
