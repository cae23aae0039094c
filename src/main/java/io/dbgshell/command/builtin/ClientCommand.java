package io.dbgshell.command.builtin;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandText;

/**
 * A command the host aims at one client by its number in {@code .clients} ({@code .kick N},
 * {@code .readonly N on|off}): the number is read here, once for all of them, so a command of this
 * shape is just its row in {@link BuiltinCommands} and what it does with the number and the rest.
 */
record ClientCommand(CommandInfo info, Action action) implements Command {

    /** What the command does to client {@code number}; {@code rest} is what followed the number, stripped. */
    interface Action {
        void run(CommandContext context, int number, String rest) throws CommandException;
    }

    @Override
    public void execute(CommandContext context, CommandText command) throws CommandException {
        String[] words = command.arguments().strip().split("\\s+", 2);
        if (words[0].isEmpty()) {
            throw new CommandException(info.name() + " needs a client number (see .clients)");
        }
        if (!words[0].matches("[0-9]{1,9}")) {
            throw new CommandException("'" + words[0] + "' is not a client number (see .clients)");
        }
        action.run(context, Integer.parseInt(words[0]), words.length < 2 ? "" : words[1]);
    }
}
