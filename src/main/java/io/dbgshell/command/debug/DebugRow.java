package io.dbgshell.command.debug;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.engine.EngineException;

/**
 * A debugging command that takes no arguments and does one thing through the engine: its metadata
 * and that action are the whole command, one row in {@link DebugCommands}.
 */
record DebugRow(CommandInfo info, EngineAction action) implements Command {

    @Override
    public void execute(CommandContext context, String arguments) throws CommandException {
        if (!arguments.isBlank()) {
            throw new CommandException(info.name() + " takes no arguments, got '" + arguments.strip() + "'");
        }
        try {
            action.run(context);
        } catch (EngineException e) {
            throw new CommandException(e.getMessage());
        }
    }
}
