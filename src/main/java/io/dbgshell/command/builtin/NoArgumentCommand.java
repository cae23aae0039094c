package io.dbgshell.command.builtin;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;

import java.util.function.Consumer;

/**
 * A command that takes no arguments and does one thing through its context: its metadata and that
 * one action are all there is to it, so its row in {@link BuiltinCommands} is the whole command.
 */
record NoArgumentCommand(CommandInfo info, Consumer<CommandContext> action) implements Command {

    @Override
    public void execute(CommandContext context, String arguments) throws CommandException {
        info.requireNoArguments(arguments);
        action.accept(context);
    }
}
