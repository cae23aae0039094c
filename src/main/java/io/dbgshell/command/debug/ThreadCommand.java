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

/**
 * {@code ~}: the thread command, WinDbg's forms: {@code ~} lists every thread, {@code ~N}
 * ({@code ~.}, {@code ~#}) one, {@code ~Ns} makes N current, {@code ~Nk} / {@code ~*k} show stacks.
 * The line splitter hands {@code ~3s} over as {@code ~} with the argument {@code 3s}.
 */
final class ThreadCommand implements Command {
    private static final CommandInfo INFO = CommandInfo.of("~", "[N|.|#|*][s|k]",
            "threads: ~ lists them, ~Ns makes N current, ~Nk / ~*k show stacks", CommandTrait.NEEDS_STOPPED_TARGET);

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
        String text = arguments.strip();
        char action = text.isEmpty() ? ' ' : Character.toLowerCase(text.charAt(text.length() - 1));
        String which = action == 's' || action == 'k' ? text.substring(0, text.length() - 1).strip() : text;
        ThreadChoice choice = choice(which, text);
        try {
            List<String> lines = switch (action) {
                case 's' -> {
                    if (choice.kind() != ThreadChoice.Kind.NUMBER) {
                        throw new CommandException("~s needs one thread number (~3s), got '~" + text + "'");
                    }
                    yield List.of(engine.select(choice.number()));
                }
                case 'k' -> engine.stack(choice, StackCommand.DEFAULT_FRAMES);
                default -> engine.threads(which.isEmpty() ? ThreadChoice.ALL : choice);
            };
            lines.forEach(context::println);
        } catch (EngineException e) {
            throw new CommandException(e.getMessage());
        }
    }

    private static ThreadChoice choice(String which, String typed) throws CommandException {
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
                            + "optionally followed by s or k");
                }
                return ThreadChoice.number(Integer.parseInt(which));
            }
        }
    }
}
