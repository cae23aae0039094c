package io.dbgshell.command.debug;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandText;
import io.dbgshell.engine.EngineException;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code bp}, {@code bu}, {@code bm}, {@code ba}: a breakpoint's {@code "COMMANDS"} later run on the
 * host's behalf, so the session checks them against the typist's rights before the breakpoint is set.
 *
 * @param parse    the arguments, parsed into what is set
 * @param commands the parsed breakpoint's stored commands
 * @param set      sets it; returns what to print
 */
record SetBreakpointCommand<T>(CommandInfo info, Parser<T> parse, Function<T, Optional<String>> commands,
                               Setter<T> set) implements Command {

    /** Parses a breakpoint command's arguments. */
    @FunctionalInterface
    interface Parser<T> {
        T parse(String arguments) throws CommandException;
    }

    /** Sets the parsed breakpoint through the engine. */
    @FunctionalInterface
    interface Setter<T> {
        List<String> set(T parsed) throws EngineException, CommandException;
    }

    @Override
    public void execute(CommandContext context, CommandText command) throws CommandException {
        String arguments = command.arguments();
        T parsed = parse.parse(arguments.strip());
        Optional<String> stored = commands.apply(parsed);
        if (stored.isPresent()) {
            context.checkStored(stored.get());
        }
        DebugCommand.lines(info, ignored -> set.set(parsed)).execute(context, command);
    }
}
