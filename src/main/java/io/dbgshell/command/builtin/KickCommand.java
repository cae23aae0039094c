package io.dbgshell.command.builtin;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandTrait;

/**
 * {@code .kick N}: the host removes client N (its number in {@code .clients}). Its link ends after
 * it has been told; everyone else is told it left; nobody else's link is touched.
 */
public final class KickCommand implements Command {
    private static final CommandInfo INFO = CommandInfo.of(".kick", "N",
            "host only: remove client N (see .clients) from the session",
            CommandTrait.CHANGES, CommandTrait.HOST_ONLY);

    @Override
    public CommandInfo info() {
        return INFO;
    }

    @Override
    public void execute(CommandContext context, String arguments) throws CommandException {
        context.kick(clientNumber(".kick", arguments.strip()));
    }

    /** A client's number as {@code .clients} shows it, from the first word of {@code command}'s arguments. */
    static int clientNumber(String command, String word) throws CommandException {
        if (word.isEmpty()) {
            throw new CommandException(command + " needs a client number (see .clients)");
        }
        if (!word.matches("[0-9]{1,9}")) {
            throw new CommandException("'" + word + "' is not a client number (see .clients)");
        }
        return Integer.parseInt(word);
    }
}
