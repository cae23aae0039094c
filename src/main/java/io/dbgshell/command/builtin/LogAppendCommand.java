package io.dbgshell.command.builtin;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandTrait;

/** {@code .logappend [FILE]}: closes any open transcript, then appends to FILE (created if needed) on the host's disk. */
public final class LogAppendCommand implements Command {
    private static final CommandInfo INFO = CommandInfo.of(".logappend", "[FILE]",
            "start a transcript on the host, appending to FILE", CommandTrait.CHANGES_SESSION);

    @Override
    public CommandInfo info() {
        return INFO;
    }

    @Override
    public void execute(CommandContext context, String arguments) throws CommandException {
        LogTarget.open(context, INFO.name(), arguments, false, true);
    }
}
