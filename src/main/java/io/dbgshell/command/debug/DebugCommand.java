package io.dbgshell.command.debug;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.engine.EngineException;

import java.util.List;

/**
 * A debugging command whose whole work is one call on the engine's interface: its metadata and that
 * call are its row in a table such as {@link BreakpointCommands}. The lines the call returns go to
 * everyone; an {@link EngineException} becomes the command's one-line error.
 */
record DebugCommand(CommandInfo info, ContextAction action) implements Command {

    /** What the command does with its arguments. */
    @FunctionalInterface
    interface Action {
        List<String> run(String arguments) throws EngineException, CommandException;
    }

    /** What the command does with its arguments when it also depends on who typed it ({@code dx}: may they run code?). */
    @FunctionalInterface
    interface ContextAction {
        List<String> run(CommandContext context, String arguments) throws EngineException, CommandException;
    }

    DebugCommand(CommandInfo info, Action action) {
        this(info, (context, arguments) -> action.run(arguments));
    }

    @Override
    public void execute(CommandContext context, String arguments) throws CommandException {
        try {
            action.run(context, arguments.strip()).forEach(context::println);
        } catch (EngineException e) {
            throw new CommandException(e.getMessage());
        }
    }
}
