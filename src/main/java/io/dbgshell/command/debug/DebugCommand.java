package io.dbgshell.command.debug;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandText;
import io.dbgshell.engine.EngineException;

import java.util.List;

/**
 * A debugging command as one row of a table ({@link DebugCommands}, {@link BreakpointCommands},
 * {@link InspectionCommands}, {@link ProgramCommands}): its metadata and what it does through the
 * engine's interfaces. An {@link EngineException} becomes the command's one-line error. The
 * factories are the usual shapes; a command with more to parse keeps that in a class of its own
 * that makes its row ({@link StackCommand}, {@link ThreadCommand}).
 */
record DebugCommand(CommandInfo info, Action action) implements Command {

    /** What the command does with the (stripped) text after its name. */
    @FunctionalInterface
    interface Action {
        void run(CommandContext context, String arguments) throws EngineException, CommandException;
    }

    /** A command whose work is one call returning the lines to show everyone. */
    @FunctionalInterface
    interface Lines {
        List<String> run(String arguments) throws EngineException, CommandException;
    }

    /** As {@link Lines}, for a command that also depends on who typed it ({@code dx}: may they run code?). */
    @FunctionalInterface
    interface ContextLines {
        List<String> run(CommandContext context, String arguments) throws EngineException, CommandException;
    }

    /** A command that takes no arguments. */
    @FunctionalInterface
    interface NoArguments {
        void run(CommandContext context) throws EngineException, CommandException;
    }

    static DebugCommand lines(CommandInfo info, Lines lines) {
        return new DebugCommand(info, (context, arguments) -> lines.run(arguments).forEach(context::println));
    }

    static DebugCommand linesFor(CommandInfo info, ContextLines lines) {
        return new DebugCommand(info, (context, arguments) -> lines.run(context, arguments).forEach(context::println));
    }

    static DebugCommand noArguments(CommandInfo info, NoArguments action) {
        return new DebugCommand(info, (context, arguments) -> {
            info.requireNoArguments(arguments);
            action.run(context);
        });
    }

    @Override
    public void execute(CommandContext context, CommandText command) throws CommandException {
        try {
            action.run(context, command.arguments().strip());
        } catch (EngineException e) {
            throw new CommandException(e.getMessage());
        }
    }
}
