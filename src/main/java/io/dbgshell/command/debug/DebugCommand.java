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
 * everyone; an {@link EngineException} becomes the command's one-line error, and a {@link CaretError}
 * is shown as its caret line.
 */
record DebugCommand(CommandInfo info, Action action) implements Command {

    /** What the command does with its arguments. */
    @FunctionalInterface
    interface Action {
        List<String> run(String arguments) throws EngineException, CommandException, CaretError;
    }

    @Override
    public void execute(CommandContext context, String arguments) throws CommandException {
        try {
            action.run(arguments.strip()).forEach(context::println);
        } catch (EngineException e) {
            throw new CommandException(e.getMessage());
        } catch (CaretError e) {
            context.println(e.line(context.prompt()));
        }
    }
}
