package io.dbgshell.command.debug;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandRegistry;
import io.dbgshell.command.CommandTrait;
import io.dbgshell.config.Tunables;
import io.dbgshell.engine.jdi.JdiDebugger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The program and source commands as a host wires them (the real JDI debugger, no target yet):
 * each row says what a role may do with it, which the roles issue enforces.
 */
class ProgramCommandsTest {
    private final JdiDebugger debugger = JdiDebugger.create(Tunables.DEFAULTS);
    private final CommandRegistry registry = DebugCommands.registerAll(new CommandRegistry(), debugger);

    @AfterEach
    void close() {
        debugger.engine().close();
    }

    private Set<CommandTrait> traits(String name) {
        return registry.find(name).map(Command::info).map(CommandInfo::traits).orElseThrow();
    }

    @Test
    void readersLookSourceReadersUseHostFilesAndOnlyLocksNeedsAStoppedTarget() {
        assertThat(traits("x")).containsExactly(CommandTrait.LOOKS);
        assertThat(traits("lm")).containsExactly(CommandTrait.LOOKS);
        assertThat(traits("!locks")).containsExactlyInAnyOrder(CommandTrait.LOOKS, CommandTrait.NEEDS_STOPPED_TARGET);
        assertThat(traits("lsa")).containsExactlyInAnyOrder(CommandTrait.LOOKS, CommandTrait.HOST_RESOURCES);
        assertThat(traits("ls")).containsExactlyInAnyOrder(CommandTrait.LOOKS, CommandTrait.HOST_RESOURCES);
    }

    @Test
    void srcpathDeclaresTheMostItCanDoChangingWhichHostFilesEveryoneSees() {
        assertThat(traits(".srcpath")).containsExactlyInAnyOrder(CommandTrait.CHANGES, CommandTrait.HOST_RESOURCES);
        assertThat(registry.find(".SRCPATH")).as("dot commands in any case").isPresent();
    }
}
