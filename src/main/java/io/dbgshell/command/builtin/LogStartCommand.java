package io.dbgshell.command.builtin;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandText;
import io.dbgshell.command.CommandTrait;

/**
 * {@code .logopen [/t] [FILE]} and {@code .logappend [FILE]}: close any open transcript, then start
 * FILE on the host's disk, afresh or appended to. Only {@code .logopen} takes {@code /t}.
 */
record LogStartCommand(CommandInfo info, boolean append) implements Command {
    static final LogStartCommand OPEN = new LogStartCommand(CommandInfo.of(".logopen", "[/t] [FILE]",
            "start a transcript on the host, overwriting FILE (/t: add _PID_date_time to the name)",
            CommandTrait.CHANGES, CommandTrait.HOST_RESOURCES), false);
    static final LogStartCommand APPEND = new LogStartCommand(CommandInfo.of(".logappend", "[FILE]",
            "start a transcript on the host, appending to FILE", CommandTrait.CHANGES,
            CommandTrait.HOST_RESOURCES), true);

    @Override
    public void execute(CommandContext context, CommandText command) throws CommandException {
        LogTarget.open(context, info.name(), command.arguments(), append);
    }
}
