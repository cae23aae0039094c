package io.dbgshell.engine.jdi;

import io.dbgshell.engine.EngineException;
import io.dbgshell.engine.TargetState;
import io.dbgshell.engine.ThreadView.StackStyle;
import io.dbgshell.engine.ThreadView.ThreadChoice;
import io.dbgshell.testing.JdkFrames;
import io.dbgshell.testing.RecordingEngineListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code k}, {@code kp}, {@code ~} and {@code ~*k} of the engine on a real target ({@link StackTarget})
 * stopped by a break-in while main sleeps three calls deep, below a method compiled without {@code -g}.
 */
class JdiStacksTest {
    private static final String SLEEP = "java.lang.Thread.sleep";
    private static final String ARGUMENTS = "java.lang.String label = \"deep\", long big = 1099511627776L, double ratio = 0.5, "
            + "boolean flag = true, char c = 'x', int[] values = { length=3 }, java.lang.Object nothing = null";
    @TempDir
    static Path classes;
    static JdiEngine engine;

    @BeforeAll
    static void stopInTheSleep() throws EngineException {
        StackTarget.compile(classes);
        RecordingEngineListener heard = new RecordingEngineListener();
        engine = Engines.engine(heard);
        engine.create(List.of("java", "-cp", classes.toString(), "Stacks"));
        CompletionStage<TargetState> running = engine.go();
        heard.output.await("ready\n", Engines.WAIT);
        engine.breakIn();
        assertThat(Engines.await(running)).isEqualTo(TargetState.stopped(0));
    }

    @AfterAll
    static void end() {
        engine.close();
    }

    @Test
    void kNumbersEveryFrameAndShowsOnlyTheBytecodeIndexWhereThereAreNoLines() throws EngineException {
        assertThat(JdkFrames.below(engine.stack(ThreadChoice.CURRENT, StackStyle.CALLS, 10), SLEEP)).containsExactly(
                "Bare.hold+0x3",
                "Stacks.descend+0x1b [Stacks.java @ " + StackTarget.line("hold") + "]",
                "Stacks.descend+0x13 [Stacks.java @ " + StackTarget.line("recurse") + "]",
                "Stacks.descend+0x13 [Stacks.java @ " + StackTarget.line("recurse") + "]",
                "Stacks.main+0xb3 [Stacks.java @ " + StackTarget.line("main") + "]");
    }

    @Test
    void kpShowsEachArgumentsTypeNameAndValueAndNumbersThemWithoutDebugInformation() throws EngineException {
        List<String> stack = engine.stack(ThreadChoice.CURRENT, StackStyle.ARGUMENTS, 10);
        assertThat(stack.get(1)).as("a JDK frame without names shows its types").matches("00 java\\.lang\\.Thread\\.sleep\\w*\\(long\\)\\+0x0");
        assertThat(JdkFrames.below(stack, SLEEP)).containsExactly(
                "Bare.hold(int arg0 = 0, java.lang.String arg1 = \"deep\")+0x3",
                "Stacks.descend(int depth = 0, " + ARGUMENTS + ")+0x1b [Stacks.java @ " + StackTarget.line("hold") + "]",
                "Stacks.descend(int depth = 1, " + ARGUMENTS + ")+0x13 [Stacks.java @ " + StackTarget.line("recurse") + "]",
                "Stacks.descend(int depth = 2, " + ARGUMENTS + ")+0x13 [Stacks.java @ " + StackTarget.line("recurse") + "]",
                "Stacks.main(java.lang.String[] args = { length=0 })+0xb3 [Stacks.java @ " + StackTarget.line("main") + "]");
    }

    @Test
    void aCountCutsTheStackAndSaysWhatIsLeft() throws EngineException {
        List<String> whole = engine.stack(ThreadChoice.CURRENT, StackStyle.CALLS, 100);
        int jdk = JdkFrames.depth(whole.subList(1, whole.size()));
        List<String> cut = engine.stack(ThreadChoice.CURRENT, StackStyle.CALLS, jdk + 1);
        assertThat(cut).hasSize(jdk + 3).endsWith(String.format("%02x Bare.hold+0x3", jdk),
                "(4 more frames; a count of " + (jdk + 5) + " shows them all)");
    }

    @Test
    void tildeListsEveryThreadWithItsState() throws EngineException {
        List<String> threads = engine.threads(ThreadChoice.ALL);
        assertThat(threads.get(0)).matches("\\.  0  Id: [0-9a-f]+ +Suspend: 1  sleeping {12}  main");
        assertThat(threads).anyMatch(line -> line.matches(" +\\d+  Id: [0-9a-f]+ +Suspend: 1  waiting {13}  waiter"))
                .anyMatch(line -> line.matches(" +\\d+  Id: [0-9a-f]+ +Suspend: 1  blocked on a monitor  blocked"))
                .anyMatch(line -> line.matches(" +\\d+  Id: [0-9a-f]+ +Suspend: 1  running {13}  listener"))
                .anyMatch(line -> line.endsWith("  Reference Handler"));
        assertThat(threads).extracting(line -> Integer.parseInt(line.substring(1, 4).strip()))
                .as("by number").isSorted().doesNotHaveDuplicates();
        assertThat(engine.threads(ThreadChoice.number(number(threads, "waiter")))).containsExactly(line(threads, "waiter"));
        assertThat(engine.threads(ThreadChoice.CURRENT)).containsExactly(threads.get(0));
        assertThat(engine.threads(ThreadChoice.EVENT)).containsExactly(threads.get(0));
        assertThatThrownBy(() -> engine.threads(ThreadChoice.number(999))).hasMessage("no thread 999 (~ lists the threads)");
    }

    @Test
    void tildeStarKShowsEachThreadsLineThenItsStack() throws EngineException {
        List<String> threads = engine.threads(ThreadChoice.ALL);
        List<String> all = engine.stack(ThreadChoice.ALL, StackStyle.CALLS, 3);
        int waiter = all.indexOf(line(threads, "waiter"));
        List<String> waiterStack = engine.stack(ThreadChoice.number(number(threads, "waiter")), StackStyle.CALLS, 10);
        assertThat(JdkFrames.below(waiterStack, "java.lang.Object.wait"))
                .startsWith("Stacks.lambda$main$0+0x9 [Stacks.java @ 18]");
        assertThat(all.subList(waiter, waiter + 5)).startsWith(line(threads, "waiter"), " # Call Site")
                .as("its first three frames").endsWith(waiterStack.subList(1, 4).toArray(String[]::new));
        assertThat(all).containsSubsequence(threads).filteredOn(line -> line.startsWith(" # Call Site"))
                .hasSizeGreaterThanOrEqualTo(5);
        assertThat(engine.stack(ThreadChoice.ALL, StackStyle.ARGUMENTS, 10))
                .anyMatch(frame -> frame.matches("[0-9a-f]{2} " + Pattern.quote("Bare.hold(int arg0 = 0, java.lang.String arg1 = \"deep\")+0x3")));
    }

    @Test
    void marksTheCurrentThreadWithADotAndTheStoppingOneWithAHash() throws EngineException {
        List<String> threads = engine.threads(ThreadChoice.ALL);
        int waiter = number(threads, "waiter");
        try {
            engine.select(waiter);
            List<String> now = engine.threads(ThreadChoice.ALL);
            assertThat(now.get(0)).startsWith("#  0");
            assertThat(line(now, "waiter")).startsWith(String.format(".%3d", waiter));
            assertThat(engine.threads(ThreadChoice.EVENT)).containsExactly(now.get(0));
            assertThat(engine.stack(ThreadChoice.CURRENT, StackStyle.CALLS, 1)).anyMatch(frame -> frame.matches("00 java\\.lang\\.Object\\.wait\\w*\\+0x0"));
        } finally {
            engine.select(0);
        }
    }

    private static String line(List<String> threads, String name) {
        return threads.stream().filter(line -> line.endsWith("  " + name)).findFirst().orElseThrow();
    }

    private static int number(List<String> threads, String name) {
        return Integer.parseInt(line(threads, name).substring(1, 4).strip());
    }
}
