package io.dbgshell.command.debug;

import io.dbgshell.command.CommandContext;
import io.dbgshell.engine.EngineException;

/** What a row of {@link DebugCommands} does through the engine; its failure is the engine's one line. */
@FunctionalInterface
interface EngineAction {
    void run(CommandContext context) throws EngineException;
}
