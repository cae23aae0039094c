package io.dbgshell.command.debug;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandTrait;
import io.dbgshell.engine.EngineException;
import io.dbgshell.engine.TargetControl;

import java.util.List;

/** {@code .create java ARGS...}: start a Java program under the debugger, stopped before {@code main}. */
final class CreateCommand implements Command {
    private static final CommandInfo INFO = CommandInfo.of(".create", "java [OPTIONS] CLASS|-jar JAR [ARGS]",
            "start a Java program under the debugger, stopped before main", CommandTrait.CHANGES,
            CommandTrait.HOST_RESOURCES);

    private final TargetControl engine;

    CreateCommand(TargetControl engine) {
        this.engine = engine;
    }

    @Override
    public CommandInfo info() {
        return INFO;
    }

    @Override
    public void execute(CommandContext context, String arguments) throws CommandException {
        List<String> command = Words.split(".create", arguments);
        if (command.size() < 2) {
            throw new CommandException(".create needs a Java command line: .create " + INFO.synopsis());
        }
        try {
            context.println(engine.create(command));
        } catch (EngineException e) {
            throw new CommandException(e.getMessage());
        }
    }
}
