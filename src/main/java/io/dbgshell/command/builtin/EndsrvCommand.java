package io.dbgshell.command.builtin;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandText;
import io.dbgshell.command.CommandTrait;
import io.dbgshell.server.ServerException;

/**
 * {@code .endsrv ID}: the server stops accepting new clients; attached clients stay. The listener
 * closes at once; the slot keeps showing {@code <Disabled, exit pending>} as WinDbg's does.
 */
public final class EndsrvCommand implements Command {
    private static final CommandInfo INFO = CommandInfo.of(".endsrv", "ID",
            "stop server ID accepting new clients (attached clients stay)", CommandTrait.CHANGES);

    @Override
    public CommandInfo info() {
        return INFO;
    }

    @Override
    public void execute(CommandContext context, CommandText command) throws CommandException {
        String text = command.arguments().strip();
        int id;
        try {
            id = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new CommandException(text.isEmpty() ? ".endsrv needs a server id (see .servers)"
                    : "'" + text + "' is not a server id (see .servers)");
        }
        try {
            context.servers().end(id);
        } catch (ServerException e) {
            throw new CommandException(e.getMessage());
        }
        context.println("Server told to exit.  Actual exit may be delayed until");
        context.println("the next connection attempt.");
    }
}
