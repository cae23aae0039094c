package io.dbgshell.command.builtin;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandText;

import java.util.function.Consumer;

/**
 * A command that takes no arguments and does one thing through its context: its metadata and that
 * one action are all there is to it, so its row in {@link BuiltinCommands} is the whole command.
 */
record NoArgumentCommand(CommandInfo info, Consumer<CommandContext> action) implements Command {

    @Override
    public void execute(CommandContext context, CommandText command) throws CommandException {
        info.requireNoArguments(command.arguments());
        action.accept(context);
    }
}
