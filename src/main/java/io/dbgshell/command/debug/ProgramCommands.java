package io.dbgshell.command.debug;

import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandRegistry;
import io.dbgshell.command.CommandTrait;
import io.dbgshell.engine.ProgramView;

/**
 * The commands that read the loaded program and its sources (ENGINE.md §5): {@code x}, {@code lm},
 * {@code !locks}, {@code .srcpath}, {@code lsa}, {@code ls}, one row each. {@code x} and {@code lm}
 * also work while the target runs (JDI can list classes then); {@code !locks} cannot, since JDWP
 * answers monitor questions only for suspended threads.
 */
public final class ProgramCommands {
    private ProgramCommands() {
    }

    public static CommandRegistry register(CommandRegistry registry, ProgramView program) {
        return registry
                .register(DebugCommand.lines(CommandInfo.of("x", "CLASS-PATTERN[!METHOD-PATTERN]",
                        "list loaded classes, or their methods with signatures (wildcards * and ?)",
                        CommandTrait.LOOKS), program::symbols))
                .register(DebugCommand.lines(CommandInfo.of("lm", "[PATTERN]",
                        "list modules and class loaders, their class counts and where the classes came from",
                        CommandTrait.LOOKS), program::modules))
                .register(DebugCommand.noArguments(CommandInfo.of("!locks", "",
                        "list monitors, their owners and waiters, deadlocks first",
                        CommandTrait.LOOKS, CommandTrait.NEEDS_STOPPED_TARGET),
                        context -> program.locks().forEach(context::println)))
                // One row for showing and setting: showing only reads, but the row must say what
                // the command can do, and with DIRS it chooses which host files everyone sees.
                .register(DebugCommand.lines(CommandInfo.of(".srcpath", "[[+]DIR[;DIR...]]",
                        "show, set or (+) extend the host directories sources are read from",
                        CommandTrait.CHANGES, CommandTrait.HOST_RESOURCES), program::sourcePath))
                .register(DebugCommand.lines(CommandInfo.of("lsa", "LOCATION",
                        "list the source lines around Class:LINE, File.java:LINE or Class.method",
                        CommandTrait.LOOKS, CommandTrait.HOST_RESOURCES), program::listAround))
                .register(DebugCommand.noArguments(CommandInfo.of("ls", "", "list the next source lines after lsa or ls",
                        CommandTrait.LOOKS, CommandTrait.HOST_RESOURCES),
                        context -> program.listMore().forEach(context::println)));
    }
}
