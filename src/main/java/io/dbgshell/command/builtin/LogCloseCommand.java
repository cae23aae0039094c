package io.dbgshell.command.builtin;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandTrait;

/** {@code .logclose}: closes the open transcript, saying which; with none open it says so. */
public final class LogCloseCommand implements Command {
    private static final CommandInfo INFO = CommandInfo.of(".logclose", "", "close the transcript",
            CommandTrait.CHANGES_SESSION);

    @Override
    public CommandInfo info() {
        return INFO;
    }

    @Override
    public void execute(CommandContext context, String arguments) throws CommandException {
        NoArguments.check(INFO, arguments);
        // the closing line goes to screens only: the file is closed before the line is written out
        context.transcript().close().ifPresentOrElse(
                name -> context.println(closingMessage(name)),
                () -> context.println(LogFileCommand.NONE_OPEN));
    }

    static String closingMessage(String name) {
        return "Closing open log file '" + name + "'";
    }
}
