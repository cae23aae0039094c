package io.dbgshell.command.debug;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandTrait;
import io.dbgshell.engine.EngineException;
import io.dbgshell.engine.TargetControl;

/** {@code .attach PID|HOST:PORT}: debug a running JVM, by process id or its JDWP agent's address; it stops. */
final class AttachCommand implements Command {
    private static final CommandInfo INFO = CommandInfo.of(".attach", "PID|HOST:PORT",
            "debug a running JVM (a local process id, or a JDWP agent's address)", CommandTrait.CHANGES,
            CommandTrait.HOST_RESOURCES);

    private final TargetControl engine;

    AttachCommand(TargetControl engine) {
        this.engine = engine;
    }

    @Override
    public CommandInfo info() {
        return INFO;
    }

    @Override
    public void execute(CommandContext context, String arguments) throws CommandException {
        AttachTarget target = AttachTarget.parse(".attach", arguments);
        try {
            context.println(target.byPid() ? engine.attach(target.pid()) : engine.attach(target.host(), target.port()));
        } catch (EngineException e) {
            throw new CommandException(e.getMessage());
        }
    }
}
