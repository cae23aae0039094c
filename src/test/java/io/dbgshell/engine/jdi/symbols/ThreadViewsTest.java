package io.dbgshell.engine.jdi.symbols;

import com.sun.jdi.ClassType;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.VirtualMachine;
import io.dbgshell.config.Tunables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.function.ToIntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code !locks} and the {@code ~} lines on a real target with a real deadlock and threads in every state. */
class ThreadViewsTest {
    @TempDir
    static Path dir;
    static InspectionTarget program;
    static VirtualMachine vm;
    static ToIntFunction<ThreadReference> numbers;

    @BeforeAll
    static void start() throws Exception {
        program = new InspectionTarget(dir);
        vm = program.target.vm;
        numbers = program.numbers();
    }

    @AfterAll
    static void stop() {
        program.close();
    }

    /** {@code ~N "name"} for a thread of the program. */
    private static String t(String name) {
        return "~" + numbers.applyAsInt(program.thread(name)) + " \"" + name + "\"";
    }

    /** {@code java.lang.Object @0x2de} for one of demo.Main's static lock objects. */
    private static String m(String field) {
        ClassType main = (ClassType) vm.classesByName("demo.Main").get(0);
        ObjectReference lock = (ObjectReference) main.getValue(main.fieldByName(field));
        return "java.lang.Object @0x" + Long.toHexString(lock.uniqueID());
    }

    @Test
    void callsOutTheDeadlockFirst() {
        List<String> lines = new LockView(Tunables.DEFAULTS).lines(vm, numbers);
        String left = "  " + t("left") + " waits for " + m("RIGHT") + " held by " + t("right");
        String right = "  " + t("right") + " waits for " + m("LEFT") + " held by " + t("left");
        // the cycle starts at its lowest-numbered thread; JDWP's ids (and so these numbers) follow
        // the order the debugger first saw the threads in, not the order they were created
        boolean leftFirst = numbers.applyAsInt(program.thread("left")) < numbers.applyAsInt(program.thread("right"));
        assertThat(lines.subList(0, 3)).containsExactly("Deadlock: 2 threads wait for each other",
                leftFirst ? left : right, leftFirst ? right : left);
        assertThat(lines).filteredOn(line -> line.startsWith("Deadlock")).hasSize(1);
    }

    @Test
    void showsOwnersBlockedAndWaitingThreadsOfEachMonitor() {
        String text = String.join("\n", new LockView(Tunables.DEFAULTS).lines(vm, numbers));
        assertThat(text).contains(String.join("\n",
                "Monitor " + m("NOTICE"),
                "  owner:   none",
                "  waiting: " + t("waiter") + " (in Object.wait)"));
        assertThat(text).contains(String.join("\n",
                "Monitor " + m("GATE"),
                "  owner:   " + t("holder") + " (sleeping)",
                "  blocked: " + t("blocked")));
        assertThat(text).contains(String.join("\n",
                "Monitor " + m("LEFT"),
                "  owner:   " + t("left") + " (blocked on a monitor)",
                "  blocked: " + t("right")));
        assertThat(text).contains(String.join("\n",
                "Monitor " + m("RIGHT"),
                "  owner:   " + t("right") + " (blocked on a monitor)",
                "  blocked: " + t("left")));
    }

    @Test
    void listsAThreadThatIsNotSuspendedAsUnread() {
        ThreadReference sleeper = program.thread("sleeper");
        sleeper.resume();
        try {
            List<String> lines = new LockView(Tunables.DEFAULTS).lines(vm, numbers);
            assertThat(lines).endsWith("Not suspended, not read: " + t("sleeper"));
            assertThat(lines.get(0)).isEqualTo("Deadlock: 2 threads wait for each other");
        } finally {
            sleeper.suspend();
        }
    }

    @Test
    void capsItsLines() {
        List<String> lines = new LockView(Tunables.DEFAULTS.with(SymbolSettings.VIEW_LINES, 3)).lines(vm, numbers);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(3)).matches("\\.\\.\\. \\d+ more");
    }

    @Test
    void threadLinesShowMarksSuspendCountAndState() {
        assertThat(line("main", true, false)).isEqualTo(expected('.', "main", "sleeping"));
        assertThat(line("left", false, true)).isEqualTo(expected('#', "left", "blocked on a monitor"));
        assertThat(line("waiter", false, false)).isEqualTo(expected(' ', "waiter", "waiting"));
        assertThat(line("sleeper", true, true)).isEqualTo(expected('.', "sleeper", "sleeping"));
        assertThat(line("Signal Dispatcher", false, false)).isEqualTo(expected(' ', "Signal Dispatcher", "running"));
    }

    @Test
    void namesEveryJdwpThreadState() {
        assertThat(ThreadStates.state(ThreadReference.THREAD_STATUS_NOT_STARTED)).isEqualTo("not started");
        assertThat(ThreadStates.state(ThreadReference.THREAD_STATUS_ZOMBIE)).isEqualTo("ended");
        assertThat(ThreadStates.state(ThreadReference.THREAD_STATUS_UNKNOWN)).isEqualTo("unknown");
    }

    private static String line(String name, boolean current, boolean lastEvent) {
        ThreadReference thread = program.thread(name);
        return ThreadStates.line(jdiFacts(thread), numbers.applyAsInt(thread), current, lastEvent);
    }

    /** What JDI itself answers for {@code thread}. */
    static ThreadStates.Facts jdiFacts(ThreadReference thread) {
        return new ThreadStates.Facts(thread.uniqueID(), thread.status(), thread.suspendCount(), thread.name());
    }

    private static String expected(char mark, String name, String state) {
        ThreadReference thread = program.thread(name);
        return String.format("%c%3d  Id: %-5s Suspend: 1  %-20s  %s",
                mark, numbers.applyAsInt(thread), Long.toHexString(thread.uniqueID()), state, name);
    }
}
