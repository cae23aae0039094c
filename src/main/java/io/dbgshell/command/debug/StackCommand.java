package io.dbgshell.command.debug;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandTrait;
import io.dbgshell.engine.EngineException;
import io.dbgshell.engine.ThreadView;
import io.dbgshell.engine.ThreadView.ThreadChoice;

/** {@code k [COUNT]}: the current thread's frames, innermost first: {@code 00 Loop.work+0x3 [Loop.java @ 12]}. */
final class StackCommand implements Command {
    /** Frames shown when no count is given; WinDbg's default is also 256. */
    static final int DEFAULT_FRAMES = 256;
    /** The most frames one {@code k} shows (a deep recursion must not print a million lines by a typo). */
    static final int MAX_FRAMES = 10_000;
    private static final CommandInfo INFO = CommandInfo.of("k", "[COUNT]",
            "the current thread's stack (COUNT frames, default " + DEFAULT_FRAMES + ")", CommandTrait.LOOKS,
            CommandTrait.NEEDS_STOPPED_TARGET);

    private final ThreadView engine;

    StackCommand(ThreadView engine) {
        this.engine = engine;
    }

    @Override
    public CommandInfo info() {
        return INFO;
    }

    @Override
    public void execute(CommandContext context, String arguments) throws CommandException {
        int frames = arguments.isBlank() ? DEFAULT_FRAMES : Counts.parse("k", arguments, MAX_FRAMES);
        try {
            engine.stack(ThreadChoice.CURRENT, frames).forEach(context::println);
        } catch (EngineException e) {
            throw new CommandException(e.getMessage());
        }
    }
}
