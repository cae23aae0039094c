package io.dbgshell.command.builtin;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;

/** {@code .logfile}: whether a transcript is open, and its name. */
public final class LogFileCommand implements Command {
    static final String NONE_OPEN = "No log file open";

    private static final CommandInfo INFO = CommandInfo.of(".logfile", "", "show the transcript's name, if one is open");

    @Override
    public CommandInfo info() {
        return INFO;
    }

    @Override
    public void execute(CommandContext context, String arguments) throws CommandException {
        NoArguments.check(INFO, arguments);
        context.println(context.transcript().name().map(name -> "Log file '" + name + "'").orElse(NONE_OPEN));
    }
}
