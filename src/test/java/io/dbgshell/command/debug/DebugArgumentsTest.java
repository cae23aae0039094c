package io.dbgshell.command.debug;

import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandLineSplitter;
import io.dbgshell.command.CommandSyntaxException;
import io.dbgshell.command.CommandText;
import io.dbgshell.engine.ThreadView;
import io.dbgshell.engine.ThreadView.StackStyle;
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
        assertThat(ThreadCommand.Parsed.of("*k 2")).isEqualTo(new ThreadCommand.Parsed(ThreadChoice.ALL, 'k', StackStyle.CALLS, 2));
        assertThat(ThreadCommand.Parsed.of(" 3k 0x10"))
                .isEqualTo(new ThreadCommand.Parsed(ThreadChoice.number(3), 'k', StackStyle.CALLS, 16));
        assertThat(ThreadCommand.Parsed.of("#k").frames()).isEqualTo(StackCommand.DEFAULT_FRAMES);
        assertThat(ThreadCommand.Parsed.of("3s"))
                .isEqualTo(new ThreadCommand.Parsed(ThreadChoice.number(3), 's', StackStyle.CALLS, 256));
        assertThat(ThreadCommand.Parsed.of("").choice()).isEqualTo(ThreadChoice.ALL);
        assertThat(ThreadCommand.Parsed.of(".").choice()).isEqualTo(ThreadChoice.CURRENT);
        assertThat(ThreadCommand.Parsed.of("#").choice()).isEqualTo(ThreadChoice.EVENT);
        assertThat(ThreadCommand.Parsed.of("12").choice()).isEqualTo(ThreadChoice.number(12));
        assertThatThrownBy(() -> ThreadCommand.Parsed.of("*k two")).hasMessage("~k: 'two' is not a count (a number, or hex with 0x)");
        assertThatThrownBy(() -> ThreadCommand.Parsed.of("*s")).hasMessage("~s needs one thread number (~3s), got '~*s'");
        assertThatThrownBy(() -> ThreadCommand.Parsed.of("x")).hasMessage("~: 'x' is not a thread (N, ., # or *), "
                + "optionally followed by s, or by k, kn or kp and a frame count");
    }

    @Test
    void threadLinesTakeKnAndKpAsKDoes() throws CommandException {
        assertThat(ThreadCommand.Parsed.of("*kn")).isEqualTo(new ThreadCommand.Parsed(ThreadChoice.ALL, 'k', StackStyle.CALLS, 256));
        assertThat(ThreadCommand.Parsed.of("*kp 3")).isEqualTo(new ThreadCommand.Parsed(ThreadChoice.ALL, 'k', StackStyle.ARGUMENTS, 3));
        assertThat(ThreadCommand.Parsed.of("2KPN 0x5"))
                .isEqualTo(new ThreadCommand.Parsed(ThreadChoice.number(2), 'k', StackStyle.ARGUMENTS, 5));
        assertThat(ThreadCommand.Parsed.of(".kp")).isEqualTo(new ThreadCommand.Parsed(ThreadChoice.CURRENT, 'k', StackStyle.ARGUMENTS, 256));
        assertThatThrownBy(() -> ThreadCommand.Parsed.of("*kp 0")).hasMessage("~kp: the count must be from 1 to 10000, got '0'");
        assertThatThrownBy(() -> ThreadCommand.Parsed.of("*kx")).hasMessage("~k: 'x' is not a count (a number, or hex with 0x)");
    }

    @Test
    void tildeStarKWithACountShowsThatManyFramesOfEveryThread() throws Exception {
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
            public List<String> stack(ThreadChoice choice, StackStyle style, int maxFrames) {
                asked.add(choice.kind() + " " + style + " " + maxFrames);
                return List.of();
            }
        };
        CommandContext printing = (CommandContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CommandContext.class}, (proxy, method, args) -> null);
        ThreadCommand.row(threads).execute(printing, typed("~*k 2"));
        ThreadCommand.row(threads).execute(printing, typed("~3k"));
        ThreadCommand.row(threads).execute(printing, typed("~*kp 4"));
        StackCommand.arguments(threads).execute(printing, typed("kp 7"));
        StackCommand.calls(threads).execute(printing, typed("k"));
        assertThat(asked).containsExactly("ALL CALLS 2", "NUMBER CALLS " + StackCommand.DEFAULT_FRAMES, "ALL ARGUMENTS 4",
                "CURRENT ARGUMENTS 7", "CURRENT CALLS " + StackCommand.DEFAULT_FRAMES);
    }

    @Test
    void createKeepsQuotedWordsTogether() throws CommandException {
        assertThat(Words.split(".create", "java  \"-Dname=a b\" -cp x Main")).containsExactly("java", "-Dname=a b", "-cp", "x", "Main");
        assertThat(Words.split(".create", "java \"\" Main")).containsExactly("java", "", "Main");
        assertThatThrownBy(() -> Words.split(".create", "java \"-Dx=1 Main")).hasMessage(".create: a double quote is not closed in 'java \"-Dx=1 Main'");
    }

    @Test
    void aCommandThatTakesNothingNamesWhatItGot() throws Exception {
        DebugCommand row = DebugCommand.noArguments(io.dbgshell.command.CommandInfo.of(".detach", "", "x"), context -> { });
        CommandText detachNow = typed(".detach now");
        assertThatThrownBy(() -> row.execute(null, detachNow)).hasMessage(".detach takes no arguments, got 'now'");
    }

    /** One command as the session hands it over: cut out of a typed line by the splitter. */
    private static CommandText typed(String line) throws CommandSyntaxException {
        return CommandLineSplitter.split(line).get(0);
    }
}
