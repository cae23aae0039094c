package io.dbgshell.command.builtin;

import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;

/** Refuses text after a command that takes none, so a typo is not silently ignored. */
final class NoArguments {
    private NoArguments() {
    }

    static void check(CommandInfo info, String arguments) throws CommandException {
        if (!arguments.isBlank()) {
            throw new CommandException(info.name() + " takes no arguments, got '" + arguments.strip() + "'");
        }
    }
}
