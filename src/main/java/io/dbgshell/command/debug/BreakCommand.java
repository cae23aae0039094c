package io.dbgshell.command.debug;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandText;
import io.dbgshell.command.CommandTrait;
import io.dbgshell.engine.Engine;

/**
 * {@code .break}: stops the running target, whoever types it (ENGINE.md §2), as Ctrl-C does. It
 * only asks: the stop is announced to everyone when the target has stopped. It never waits, so it
 * runs while a {@code g} is parked and, from a client, even on the link's event loop.
 */
public record BreakCommand(Engine engine) implements Command {
    private static final CommandInfo INFO = CommandInfo.of(".break", "", "break in: stop the running target",
            CommandTrait.CHANGES, CommandTrait.NEVER_WAITS);

    @Override
    public CommandInfo info() {
        return INFO;
    }

    @Override
    public void execute(CommandContext context, CommandText command) throws CommandException {
        INFO.requireNoArguments(command.arguments());
        if (!engine.breakIn()) {
            throw new CommandException("the target is not running");
        }
    }
}
