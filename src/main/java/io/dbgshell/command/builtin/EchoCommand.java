package io.dbgshell.command.builtin;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandText;
import io.dbgshell.command.CommandTrait;
import io.dbgshell.command.EchoText;

/** {@code .echo TEXT}: prints TEXT to everyone, the way participants talk to each other. */
public final class EchoCommand implements Command {
    private static final CommandInfo INFO = CommandInfo.of(".echo", "TEXT", "print TEXT to everyone in the session",
            CommandTrait.LOOKS, CommandTrait.NEVER_WAITS);

    @Override
    public CommandInfo info() {
        return INFO;
    }

    @Override
    public void execute(CommandContext context, CommandText command) {
        context.println(EchoText.of(command.arguments()));
    }
}
