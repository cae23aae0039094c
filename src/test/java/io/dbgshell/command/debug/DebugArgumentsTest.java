package io.dbgshell.command.debug;

import io.dbgshell.command.CommandException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The debugging commands' arguments, parsed once into values, and every malformed one named in its error. */
class DebugArgumentsTest {

    @Test
    void attachTakesAPidOrHostAndPort() throws CommandException {
        assertThat(AttachTarget.parse(".attach", " 4242 ")).isEqualTo(new AttachTarget(4242, "", 0));
        assertThat(AttachTarget.parse(".attach", "0n4242")).isEqualTo(new AttachTarget(4242, "", 0));
        assertThat(AttachTarget.parse(".attach", "db1.example:5005")).isEqualTo(new AttachTarget(-1, "db1.example", 5005));
        assertThatThrownBy(() -> AttachTarget.parse(".attach", "")).hasMessage(".attach needs one process id or HOST:PORT");
        assertThatThrownBy(() -> AttachTarget.parse(".attach", "42x")).hasMessage(".attach: '42x' is neither a process id nor HOST:PORT");
        assertThatThrownBy(() -> AttachTarget.parse(".attach", "h:70000")).hasMessage(".attach: '70000' is not a port (1-65535)");
        assertThatThrownBy(() -> AttachTarget.parse(".attach", ":5005")).hasMessage(".attach: ':5005' names no host (HOST:PORT)");
        assertThatThrownBy(() -> AttachTarget.parse(".attach", "1 2")).hasMessage(".attach needs one process id or HOST:PORT, got '1 2'");
    }

    @Test
    void countsAreDecimalOrHexAndBounded() throws CommandException {
        assertThat(Counts.parse("p", "12", 100)).isEqualTo(12);
        assertThat(Counts.parse("p", "0x10", 100)).isEqualTo(16);
        assertThatThrownBy(() -> Counts.parse("p", "ten", 100)).hasMessage("p: 'ten' is not a count (a number, or hex with 0x)");
        assertThatThrownBy(() -> Counts.parse("k", "0", 100)).hasMessage("k: the count must be from 1 to 100, got '0'");
        assertThatThrownBy(() -> Counts.parse("k", "101", 100)).hasMessage("k: the count must be from 1 to 100, got '101'");
    }

    @Test
    void createKeepsQuotedWordsTogether() throws CommandException {
        assertThat(Words.split(".create", "java  \"-Dname=a b\" -cp x Main")).containsExactly("java", "-Dname=a b", "-cp", "x", "Main");
        assertThat(Words.split(".create", "java \"\" Main")).containsExactly("java", "", "Main");
        assertThatThrownBy(() -> Words.split(".create", "java \"-Dx=1 Main")).hasMessage(".create: a double quote is not closed in 'java \"-Dx=1 Main'");
    }

    @Test
    void aCommandThatTakesNothingNamesWhatItGot() {
        DebugRow row = new DebugRow(io.dbgshell.command.CommandInfo.of(".detach", "", "x"), context -> { });
        assertThatThrownBy(() -> row.execute(null, " now")).hasMessage(".detach takes no arguments, got 'now'");
    }
}
