package io.dbgshell.command.debug;

import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandRegistry;
import io.dbgshell.command.CommandTrait;
import io.dbgshell.engine.FrameView;

import java.util.List;
import java.util.Locale;

/**
 * The commands that read the selected frame (ENGINE.md §5): {@code .frame}, {@code dv}, {@code dx}, {@code ??}, {@code .printf}.
 * All only read, so an observer may run them; an expression that would run target code is refused
 * to whoever may not ({@code CommandContext.mayRunTargetCode()}).
 */
public final class InspectionCommands {
    /** The largest frame number {@code .frame} takes: as many digits as {@code k}'s deepest frame needs. */
    private static final String FRAME_DIGITS = "[0-9a-f]{1,7}";

    private InspectionCommands() {
    }

    public static CommandRegistry register(CommandRegistry registry, FrameView frames) {
        return registry
                .register(DebugCommand.lines(info(".frame", "[N]",
                        "select frame N of the current thread (hex, as k numbers them; 0n for decimal), or show the selected one"),
                        arguments -> List.of(arguments.isEmpty() ? frames.selectedFrame() : frames.selectFrame(frame(arguments)))))
                .register(DebugCommand.lines(info("dv", "[/t] [PATTERN]",
                        "the selected frame's local variables (/t with their types; PATTERN with * and ?)"), frames::locals))
                .register(DebugCommand.linesFor(info("dx", "[-r N] EXPR[,FIRST[,COUNT]]",
                        "a value, its type and its children, N levels deep; FIRST,COUNT pages through elements"),
                        (context, arguments) -> frames.display(arguments, context.mayRunTargetCode())))
                .register(DebugCommand.linesFor(info("??", "EXPR", "evaluate a Java expression in the selected frame"),
                        (context, arguments) -> frames.evaluate(arguments, context.mayRunTargetCode())))
                .register(DebugCommand.linesFor(info(".printf", "\"FORMAT\", EXPR, ...",
                        "print values formatted (%d %x %s %c %f %%, \\n): a logpoint's usual command"),
                        (context, arguments) -> frames.printf(arguments, context.mayRunTargetCode())));
    }

    private static CommandInfo info(String name, String synopsis, String summary) {
        return CommandInfo.of(name, synopsis, summary, CommandTrait.LOOKS, CommandTrait.NEEDS_STOPPED_TARGET);
    }

    /** A frame number as WinDbg reads it: hex, with or without {@code 0x}, or decimal after {@code 0n}. */
    static int frame(String text) throws CommandException {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean decimal = lower.startsWith("0n");
        String digits = decimal || lower.startsWith("0x") ? lower.substring(2) : lower;
        if (!digits.matches(FRAME_DIGITS) || decimal && !digits.matches("[0-9]+")) {
            throw new CommandException(".frame: '" + text + "' is not a frame number (hex as k shows it, or 0n and decimal)");
        }
        return Integer.parseInt(digits, decimal ? 10 : 16);
    }
}
