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

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ~}: the thread command, WinDbg's forms: {@code ~} lists every thread, {@code ~N}
 * ({@code ~.}, {@code ~#}) one, {@code ~Ns} makes N current, {@code ~Nk [COUNT]} / {@code ~*k [COUNT]}
 * show stacks ({@code kn} the same, {@code kp} with arguments). The line splitter hands {@code ~3s}
 * over as {@code ~} with the argument {@code 3s}.
 */
final class ThreadCommand {
    private static final CommandInfo INFO = CommandInfo.of("~", "[N|.|#|*][s|k|kn|kp [COUNT]]",
            "threads: ~ lists them, ~Ns makes N current, ~Nk / ~*k show stacks (kp with arguments)",
            CommandTrait.LOOKS, CommandTrait.NEEDS_STOPPED_TARGET);
    /** Which threads, then what to do with them: {@code s}, or a stack command and its count. */
    private static final Pattern FORM = Pattern.compile(
            "(?<which>[0-9]{1,9}|[.#*]|)\\s*(?:(?<select>s)|(?<stack>k(?:n|p|pn|np)?)\\s*(?<count>\\S*))?",
            Pattern.CASE_INSENSITIVE);

    private ThreadCommand() {
    }

    static DebugCommand row(ThreadView engine) {
        return DebugCommand.lines(INFO, arguments -> {
            Parsed line = Parsed.of(arguments);
            return switch (line.action()) {
                    case 's' -> List.of(engine.select(line.choice().number()));
                    case 'k' -> engine.stack(line.choice(), line.style(), line.frames());
                    default -> engine.threads(line.choice());
            };
        });
    }

    /**
     * One {@code ~} line, parsed: which threads, what to do ({@code ' '} list, {@code 's'} select,
     * {@code 'k'} stacks) and, for stacks, in which style and how many frames ({@code ~*k 5}, as {@code k 5}).
     */
    record Parsed(ThreadChoice choice, char action, StackStyle style, int frames) {
        static Parsed of(String arguments) throws CommandException {
            String text = arguments.strip();
            Matcher form = FORM.matcher(text);
            if (!form.matches()) {
                throw new CommandException("~: '" + text + "' is not a thread (N, ., # or *), "
                        + "optionally followed by s, or by k, kn or kp and a frame count");
            }
            String which = form.group("which");
            if (form.group("select") != null) {
                if (!which.matches("[0-9]+")) {
                    throw new CommandException("~s needs one thread number (~3s), got '~" + text + "'");
                }
                return new Parsed(ThreadChoice.number(Integer.parseInt(which)), 's', StackStyle.CALLS,
                        StackCommand.DEFAULT_FRAMES);
            }
            String stack = form.group("stack");
            if (stack == null) {
                return new Parsed(which.isEmpty() ? ThreadChoice.ALL : threads(which), ' ', StackStyle.CALLS,
                        StackCommand.DEFAULT_FRAMES);
            }
            StackStyle style = stack.toLowerCase(Locale.ROOT).contains("p") ? StackStyle.ARGUMENTS : StackStyle.CALLS;
            return new Parsed(threads(which), 'k', style, StackCommand.frames("~" + stack, form.group("count")));
        }
    }

    private static ThreadChoice threads(String which) {
        return switch (which) {
            case "", "." -> ThreadChoice.CURRENT;
            case "#" -> ThreadChoice.EVENT;
            case "*" -> ThreadChoice.ALL;
            default -> ThreadChoice.number(Integer.parseInt(which));
        };
    }
}
