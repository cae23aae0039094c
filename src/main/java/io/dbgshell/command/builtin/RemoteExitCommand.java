package io.dbgshell.command.builtin;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandText;
import io.dbgshell.command.CommandTrait;

/**
 * {@code .remote_exit [CMDS]}: in a script run by a client, runs CMDS and then takes that client out
 * of the session (as its {@code q} would). The session refuses it outside scripts; the host's console
 * is refused here because for the host leaving means ending the session, which is {@code q}'s job.
 */
public final class RemoteExitCommand implements Command {
    private static final CommandInfo INFO = CommandInfo.of(".remote_exit", "[CMDS]",
            "in a client's script: run CMDS, then leave the session", CommandTrait.ONLY_IN_SCRIPTS,
            CommandTrait.CHANGES);

    @Override
    public CommandInfo info() {
        return INFO;
    }

    @Override
    public void execute(CommandContext context, CommandText command) throws CommandException {
        String arguments = command.arguments();
        if (context.fromHost()) {
            throw new CommandException("'.remote_exit' is for scripts run by a client; the host ends the session with q");
        }
        if (!arguments.isBlank()) {
            context.runInScript(arguments);
        }
        context.quit();
    }
}
