package io.dbgshell.command.debug;

import io.dbgshell.command.CommandRegistry;
import io.dbgshell.engine.ProgramView;

/** The commands that read the loaded program and its sources (ENGINE.md §5): {@code x}, {@code lm}, {@code !locks}, {@code .srcpath}, {@code lsa}, {@code ls}. */
public final class ProgramCommands {
    private ProgramCommands() {
    }

    public static CommandRegistry register(CommandRegistry registry, ProgramView program) {
        return registry;
    }
}
