package io.dbgshell.command.debug;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.engine.EngineException;

import java.util.List;

/**
 * {@code bp}, {@code bu}, {@code bm}: a breakpoint's {@code "COMMANDS"} later run on the host's
 * behalf, so the session checks them against the typist's rights before the breakpoint is set.
 */
record SetBreakpointCommand(CommandInfo info, Setter setter) implements Command {

    /** Sets the breakpoints a parsed line asks for; returns what to print. */
    @FunctionalInterface
    interface Setter {
        List<String> set(BreakpointLine line) throws EngineException, CommandException;
    }

    @Override
    public void execute(CommandContext context, String arguments) throws CommandException {
        BreakpointLine line = BreakpointLine.parse(info.name(), arguments.strip());
        if (line.commands().isPresent()) {
            context.checkStored(line.commands().get());
        }
        new DebugCommand(info, parsed -> setter.set(line)).execute(context, arguments);
    }
}
