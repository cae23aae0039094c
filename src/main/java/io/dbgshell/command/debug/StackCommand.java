package io.dbgshell.command.debug;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandTrait;
import io.dbgshell.engine.EngineException;
import io.dbgshell.engine.ThreadView;
import io.dbgshell.engine.ThreadView.StackStyle;
import io.dbgshell.engine.ThreadView.ThreadChoice;

/**
 * {@code k [COUNT]} ({@code kn}): the current thread's frames, innermost first, numbered as today's
 * WinDbg numbers them: {@code 00 Loop.work+0x3 [Loop.java @ 12]}; {@code kp [COUNT]} ({@code kpn}) adds
 * each frame's arguments and their values.
 */
final class StackCommand {
    /** Frames shown when no count is given; WinDbg's default is also 256. */
    static final int DEFAULT_FRAMES = 256;
    /** The most frames one {@code k} shows (a deep recursion must not print a million lines by a typo). */
    static final int MAX_FRAMES = 10_000;

    private StackCommand() {
    }

    /** {@code k}, and {@code kn} for the hands of WinDbg users who ask for the numbers {@code k} already shows. */
    static DebugCommand calls(ThreadView engine) {
        return row(CommandInfo.of("k", "[COUNT]",
                "the current thread's stack, frames numbered (COUNT frames, default " + DEFAULT_FRAMES + ")",
                CommandTrait.LOOKS, CommandTrait.NEEDS_STOPPED_TARGET).withAliases("kn"), StackStyle.CALLS, engine);
    }

    /** {@code kp}, and {@code kpn} as WinDbg users type it. */
    static DebugCommand arguments(ThreadView engine) {
        return row(CommandInfo.of("kp", "[COUNT]",
                "the current thread's stack with each frame's arguments and their values",
                CommandTrait.LOOKS, CommandTrait.NEEDS_STOPPED_TARGET).withAliases("kpn"), StackStyle.ARGUMENTS, engine);
    }

    private static DebugCommand row(CommandInfo info, StackStyle style, ThreadView engine) {
        return DebugCommand.lines(info, arguments ->
                engine.stack(ThreadChoice.CURRENT, style, frames(info.name(), arguments)));
    }

    /** The frame count typed after a stack command ({@code k 5}, {@code ~*kp 0x10}); the default when none is. */
    static int frames(String command, String count) throws CommandException {
        return count.isBlank() ? DEFAULT_FRAMES : Counts.parse(command, count, MAX_FRAMES);
    }
}
