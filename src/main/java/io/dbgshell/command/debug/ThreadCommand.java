package io.dbgshell.command.debug;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandTrait;
import io.dbgshell.engine.EngineException;
import io.dbgshell.engine.ThreadView;
import io.dbgshell.engine.ThreadView.ThreadChoice;

import java.util.List;
import java.util.Locale;

/**
 * {@code ~}: the thread command, WinDbg's forms: {@code ~} lists every thread, {@code ~N}
 * ({@code ~.}, {@code ~#}) one, {@code ~Ns} makes N current, {@code ~Nk [COUNT]} / {@code ~*k [COUNT]}
 * show stacks. The line splitter hands {@code ~3s} over as {@code ~} with the argument {@code 3s}.
 */
final class ThreadCommand implements Command {
    private static final CommandInfo INFO = CommandInfo.of("~", "[N|.|#|*][s|k [COUNT]]",
            "threads: ~ lists them, ~Ns makes N current, ~Nk / ~*k show stacks", CommandTrait.LOOKS,
            CommandTrait.NEEDS_STOPPED_TARGET);

    private final ThreadView engine;

    ThreadCommand(ThreadView engine) {
        this.engine = engine;
    }

    @Override
    public CommandInfo info() {
        return INFO;
    }

    @Override
    public void execute(CommandContext context, String arguments) throws CommandException {
        Parsed line = Parsed.of(arguments);
        try {
            List<String> lines = switch (line.action()) {
                case 's' -> List.of(engine.select(line.choice().number()));
                case 'k' -> engine.stack(line.choice(), line.frames());
                default -> engine.threads(line.choice());
            };
            lines.forEach(context::println);
        } catch (EngineException e) {
            throw new CommandException(e.getMessage());
        }
    }

    /**
     * One {@code ~} line, parsed: which threads, what to do ({@code ' '} list, {@code 's'} select,
     * {@code 'k'} stacks) and, for stacks, how many frames ({@code ~*k 5}, as {@code k 5}).
     */
    record Parsed(ThreadChoice choice, char action, int frames) {
        static Parsed of(String arguments) throws CommandException {
            String text = arguments.strip();
            int k = text.toLowerCase(Locale.ROOT).indexOf('k');
            String count = k < 0 ? "" : text.substring(k + 1).strip();
            String head = k < 0 ? text : text.substring(0, k + 1).strip();
            char action = head.isEmpty() ? ' ' : Character.toLowerCase(head.charAt(head.length() - 1));
            String which = action == 's' || action == 'k' ? head.substring(0, head.length() - 1).strip() : head;
            ThreadChoice choice = threads(which, text);
            if (action == 's' && choice.kind() != ThreadChoice.Kind.NUMBER) {
                throw new CommandException("~s needs one thread number (~3s), got '~" + text + "'");
            }
            int frames = count.isEmpty() ? StackCommand.DEFAULT_FRAMES : Counts.parse("~k", count, StackCommand.MAX_FRAMES);
            return new Parsed(action == ' ' && which.isEmpty() ? ThreadChoice.ALL : choice, action, frames);
        }
    }

    private static ThreadChoice threads(String which, String typed) throws CommandException {
        switch (which) {
            case "", "." -> {
                return ThreadChoice.CURRENT;
            }
            case "#" -> {
                return ThreadChoice.EVENT;
            }
            case "*" -> {
                return ThreadChoice.ALL;
            }
            default -> {
                if (!which.matches("[0-9]{1,9}")) {
                    throw new CommandException("~: '" + typed + "' is not a thread (N, ., # or *), "
                            + "optionally followed by s, or by k and a frame count");
                }
                return ThreadChoice.number(Integer.parseInt(which));
            }
        }
    }
}
