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
final class StepCommand implements Command {
    /** The most lines one command steps; a bigger count is a typo, and {@code g LOCATION} is the way to go far. */
    static final int MAX_COUNT = 1_000_000;

    private final CommandInfo info;
    private final StepKind kind;
    private final RunControl engine;

    StepCommand(String name, StepKind kind, String summary, RunControl engine) {
        this.info = CommandInfo.of(name, "[COUNT]", summary, CommandTrait.CHANGES, CommandTrait.NEEDS_STOPPED_TARGET);
        this.kind = kind;
        this.engine = engine;
    }

    @Override
    public CommandInfo info() {
        return info;
    }

    @Override
    public void execute(CommandContext context, String arguments) throws CommandException {
        int count = arguments.isBlank() ? 1 : Counts.parse(info.name(), arguments, MAX_COUNT);
        try {
            context.continueAfter(engine.step(kind, count));
        } catch (EngineException e) {
            throw new CommandException(e.getMessage());
        }
    }
}
