package io.dbgshell.command.builtin;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandText;
import io.dbgshell.command.CommandTrait;

import java.util.List;

/**
 * {@code .help} / {@code ?}: every command with one line of help, from the registry's metadata;
 * {@code .help NAME} shows only the command of that name or alias ({@code .help bp}).
 */
public final class HelpCommand implements Command {
    private static final CommandInfo INFO = CommandInfo.of(".help", "[COMMAND]", "list the commands, or show one", CommandTrait.LOOKS,
            CommandTrait.NEVER_WAITS)
            .withAliases("?");

    @Override
    public CommandInfo info() {
        return INFO;
    }

    @Override
    public void execute(CommandContext context, CommandText typed) throws CommandException {
        String wanted = typed.arguments();
        List<Command> shown = context.commands().all();
        if (!wanted.isEmpty()) {
            shown = List.of(context.commands().find(wanted)
                    .orElseThrow(() -> new CommandException("no command '" + wanted + "' (.help lists the commands)")));
        }
        int width = 0;
        for (Command command : shown) {
            width = Math.max(width, usage(command.info()).length());
        }
        for (Command command : shown) {
            CommandInfo info = command.info();
            String usage = usage(info);
            context.println(usage + " ".repeat(width - usage.length() + 2) + info.summary());
        }
    }

    private static String usage(CommandInfo info) {
        String names = info.aliases().isEmpty() ? info.name() : info.name() + ", " + String.join(", ", info.aliases());
        return info.synopsis().isEmpty() ? names : names + " " + info.synopsis();
    }
}
