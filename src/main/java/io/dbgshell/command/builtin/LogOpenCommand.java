package io.dbgshell.command.builtin;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandTrait;

/** {@code .logopen [/t] [FILE]}: closes any open transcript, then starts FILE afresh on the host's disk. */
public final class LogOpenCommand implements Command {
    private static final CommandInfo INFO = CommandInfo.of(".logopen", "[/t] [FILE]",
            "start a transcript on the host, overwriting FILE (/t: add _PID_date_time to the name)",
            CommandTrait.CHANGES_SESSION);

    @Override
    public CommandInfo info() {
        return INFO;
    }

    @Override
    public void execute(CommandContext context, String arguments) throws CommandException {
        LogTarget.open(context, INFO.name(), arguments, true, false);
    }

    /** The confirmation, as WinDbg words it; also shown for {@code .logappend}, {@code -logo} and {@code -loga}. */
    public static String openedMessage(String name) {
        return "Opened log file '" + name + "'";
    }
}
