package io.dbgshell.command.builtin;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandTrait;

/** {@code .help} / {@code ?}: every command with one line of help, from the registry's metadata. */
public final class HelpCommand implements Command {
    private static final CommandInfo INFO = CommandInfo.of(".help", "", "list the commands", CommandTrait.LOOKS,
            CommandTrait.NEVER_WAITS)
            .withAliases("?");

    @Override
    public CommandInfo info() {
        return INFO;
    }

    @Override
    public void execute(CommandContext context, String arguments) {
        int width = 0;
        for (Command command : context.commands().all()) {
            width = Math.max(width, usage(command.info()).length());
        }
        for (Command command : context.commands().all()) {
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
