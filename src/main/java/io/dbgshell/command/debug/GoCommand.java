package io.dbgshell.command.debug;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandTrait;
import io.dbgshell.engine.EngineException;
import io.dbgshell.engine.RunControl;

/** {@code g [LOCATION]}: resume the target, until LOCATION if one is given (a breakpoint that fires once). */
final class GoCommand implements Command {
    private static final CommandInfo INFO = CommandInfo.of("g", "[LOCATION]",
            "resume the target (until LOCATION, e.g. g Loop:12)", CommandTrait.CHANGES,
            CommandTrait.NEEDS_STOPPED_TARGET);

    private final RunControl engine;

    GoCommand(RunControl engine) {
        this.engine = engine;
    }

    @Override
    public CommandInfo info() {
        return INFO;
    }

    @Override
    public void execute(CommandContext context, String arguments) throws CommandException {
        String location = arguments.strip();
        try {
            context.continueAfter(location.isEmpty() ? engine.go() : engine.goTo(location));
        } catch (EngineException e) {
            throw new CommandException(e.getMessage());
        }
    }
}
