package io.dbgshell.command.debug;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandTrait;
import io.dbgshell.engine.EngineException;
import io.dbgshell.engine.RunControl;
import io.dbgshell.engine.StepKind;

/**
 * {@code p [COUNT]} and {@code t [COUNT]}: step the current thread over or into calls, COUNT lines
 * (decimal, unlike WinDbg's hex default, since JVM users count lines in decimal); the rest of the
 * line runs once the target stops again. Only the final stop is shown.
 */
final class StepCommand {
    /** The most lines one command steps; a bigger count is a typo, and {@code g LOCATION} is the way to go far. */
    static final int MAX_COUNT = 1_000_000;

    private StepCommand() {
    }

    static DebugCommand row(String name, StepKind kind, String summary, RunControl engine) {
        return new DebugCommand(CommandInfo.of(name, "[COUNT]", summary, CommandTrait.CHANGES,
                CommandTrait.NEEDS_STOPPED_TARGET), (context, arguments) -> {
                    int count = arguments.isEmpty() ? 1 : Counts.parse(name, arguments, MAX_COUNT);
                    context.continueAfter(engine.step(kind, count));
                });
    }
}
