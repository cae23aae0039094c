package io.dbgshell.command.builtin;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;

/** {@code .clients}: everyone in the session, the host's console included. */
public final class ClientsCommand implements Command {
    private static final CommandInfo INFO = CommandInfo.of(".clients", "", "list everyone in the session");

    @Override
    public CommandInfo info() {
        return INFO;
    }

    @Override
    public void execute(CommandContext context, String arguments) throws CommandException {
        NoArguments.check(INFO, arguments);
        context.participantListing().forEach(context::println);
    }
}
