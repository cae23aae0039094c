package io.dbgshell.command.builtin;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandTrait;

/** {@code .cls}: clears the screen of whoever typed it; nobody else's screen changes. */
public final class ClsCommand implements Command {
    private static final CommandInfo INFO = CommandInfo.of(".cls", "", "clear your own screen",
            CommandTrait.NOT_IN_SCRIPTS);

    @Override
    public CommandInfo info() {
        return INFO;
    }

    @Override
    public void execute(CommandContext context, String arguments) throws CommandException {
        NoArguments.check(INFO, arguments);
        context.clearTypistScreen();
    }
}
