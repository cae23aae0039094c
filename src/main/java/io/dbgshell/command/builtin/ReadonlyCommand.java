package io.dbgshell.command.builtin;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandTrait;

/**
 * {@code .readonly N on|off}: the host makes client N an observer ({@code on}) or a driver
 * ({@code off}) while it stays connected; it is told, and the change counts from its next line.
 */
public final class ReadonlyCommand implements Command {
    private static final CommandInfo INFO = CommandInfo.of(".readonly", "N on|off",
            "host only: make client N an observer (on) or a driver (off)",
            CommandTrait.CHANGES, CommandTrait.HOST_ONLY);

    @Override
    public CommandInfo info() {
        return INFO;
    }

    @Override
    public void execute(CommandContext context, String arguments) throws CommandException {
        String[] words = arguments.strip().split("\\s+", -1);
        int number = KickCommand.clientNumber(".readonly", words[0]);
        if (words.length != 2 || !words[1].equals("on") && !words[1].equals("off")) {
            String rest = words.length < 2 ? "" : arguments.strip().substring(words[0].length()).strip();
            throw new CommandException(".readonly " + number + " needs on or off, got '" + rest + "'");
        }
        context.println(context.observe(number, words[1].equals("on")));
    }
}
