package io.dbgshell.command.builtin;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandTrait;

/** {@code q}: on the host, ends the session for everyone; on a client, leaves it. */
public final class QuitCommand implements Command {
    private static final CommandInfo INFO = CommandInfo.of("q", "",
            "host: end the session for everyone; client: leave it", CommandTrait.CHANGES_SESSION);

    @Override
    public CommandInfo info() {
        return INFO;
    }

    @Override
    public void execute(CommandContext context, String arguments) throws CommandException {
        NoArguments.check(INFO, arguments);
        context.quit();
    }
}
