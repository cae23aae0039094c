package io.dbgshell.command.debug;

import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.engine.ThreadView;
import io.dbgshell.engine.ThreadView.ThreadChoice;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

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

    /** {@code ~*k 2} on H2's threads answered that '*k  2' is not a thread; WinDbg takes a count there as after k. */
    @Test
    void threadLinesTakeAFrameCountAfterK() throws CommandException {
        assertThat(ThreadCommand.Parsed.of("*k 2")).isEqualTo(new ThreadCommand.Parsed(ThreadChoice.ALL, 'k', 2));
        assertThat(ThreadCommand.Parsed.of(" 3k 0x10")).isEqualTo(new ThreadCommand.Parsed(ThreadChoice.number(3), 'k', 16));
        assertThat(ThreadCommand.Parsed.of("#k").frames()).isEqualTo(StackCommand.DEFAULT_FRAMES);
        assertThat(ThreadCommand.Parsed.of("3s")).isEqualTo(new ThreadCommand.Parsed(ThreadChoice.number(3), 's', 256));
        assertThat(ThreadCommand.Parsed.of("").choice()).isEqualTo(ThreadChoice.ALL);
        assertThat(ThreadCommand.Parsed.of(".").choice()).isEqualTo(ThreadChoice.CURRENT);
        assertThatThrownBy(() -> ThreadCommand.Parsed.of("*k two")).hasMessage("~k: 'two' is not a count (a number, or hex with 0x)");
        assertThatThrownBy(() -> ThreadCommand.Parsed.of("*s")).hasMessage("~s needs one thread number (~3s), got '~*s'");
        assertThatThrownBy(() -> ThreadCommand.Parsed.of("x")).hasMessage("~: 'x' is not a thread (N, ., # or *), "
                + "optionally followed by s, or by k and a frame count");
    }

    @Test
    void tildeStarKWithACountShowsThatManyFramesOfEveryThread() throws CommandException {
        List<String> asked = new ArrayList<>();
        ThreadView threads = new ThreadView() {
            @Override
            public List<String> threads(ThreadChoice choice) {
                return List.of();
            }

            @Override
            public String select(int thread) {
                return "";
            }

            @Override
            public List<String> stack(ThreadChoice choice, int maxFrames) {
                asked.add(choice.kind() + " " + maxFrames);
                return List.of();
            }
        };
        CommandContext printing = (CommandContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CommandContext.class}, (proxy, method, args) -> null);
        new ThreadCommand(threads).execute(printing, "*k 2");
        new ThreadCommand(threads).execute(printing, "3k");
        assertThat(asked).containsExactly("ALL 2", "NUMBER " + StackCommand.DEFAULT_FRAMES);
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
