package io.dbgshell.command.builtin;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandTrait;

/** {@code qq}: ends the session for everyone, whoever types it. */
public final class QuitSessionCommand implements Command {
    private static final CommandInfo INFO = CommandInfo.of("qq", "", "end the session for everyone, from anywhere",
            CommandTrait.CHANGES_SESSION);

    @Override
    public CommandInfo info() {
        return INFO;
    }

    @Override
    public void execute(CommandContext context, String arguments) throws CommandException {
        NoArguments.check(INFO, arguments);
        context.endSession();
    }
}
