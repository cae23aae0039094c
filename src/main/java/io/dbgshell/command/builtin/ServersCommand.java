package io.dbgshell.command.builtin;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.server.ServerEntry;

/** {@code .servers}: one line per server of this session, ended ones included (they keep their id). */
public final class ServersCommand implements Command {
    private static final CommandInfo INFO = CommandInfo.of(".servers", "", "list this session's servers");

    @Override
    public CommandInfo info() {
        return INFO;
    }

    @Override
    public void execute(CommandContext context, String arguments) throws CommandException {
        NoArguments.check(INFO, arguments);
        for (ServerEntry server : context.servers().list()) {
            context.println(server.listingLine());
        }
    }
}
