package io.dbgshell.engine.jdi;

import com.sun.jdi.ClassType;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.VirtualMachine;
import io.dbgshell.engine.EngineException;
import io.dbgshell.engine.TargetState;
import io.dbgshell.engine.ThreadView.StackStyle;
import io.dbgshell.engine.ThreadView.ThreadChoice;
import io.dbgshell.engine.jdi.symbols.ThreadStates;
import io.dbgshell.testing.RecordingEngineListener;
import io.dbgshell.testing.TargetJvm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletionStage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ~} asks its questions on dbgshell's own connection, all at once ({@link ThreadFacts}): its
 * lines must be the ones JDI's own answers make, in the states where a shortcut would go wrong: a
 * thread suspended twice (also across a {@code g}), one resumed alone, one renamed while the
 * target ran, threads started and ended between two stops.
 */
class ThreadFactsTest {
    private static final String SHIFTS = """
            import java.util.concurrent.locks.LockSupport;

            public class Shifts {
                static volatile int phase;

                public static void main(String[] args) throws Exception {
                    Thread parked = start("parked", Shifts::parkForever);
                    Thread alone = start("alone", Shifts::parkForever);
                    Thread renamed = start("renamed-before", () -> {
                        until(1);
                        Thread.currentThread().setName("renamed-after");
                        parkForever();
                    });
                    Thread ending = start("ending", () -> until(1));
                    parkedAll(parked, alone);
                    System.out.println("ready");
                    until(1);
                    Thread[] late = new Thread[3];
                    for (int i = 0; i < late.length; i++) {
                        late[i] = start("late-" + i, Shifts::parkForever);
                    }
                    ending.join();
                    while (!renamed.getName().equals("renamed-after")) {
                        Thread.yield();
                    }
                    parkedAll(late);
                    parkedAll(renamed);
                    System.out.println("moved");
                    Thread.sleep(600_000);
                }

                static Thread start(String name, Runnable work) {
                    Thread thread = new Thread(work, name);
                    thread.setDaemon(true);
                    thread.start();
                    return thread;
                }

                // yields rather than sleeps: a thread suspended while a sleep ends goes on to wake
                // (sleeping, then running); JDI keeps the state it read first for the whole stop
                static void until(int wanted) {
                    while (phase < wanted) {
                        Thread.yield();
                    }
                }

                // what the test reads as waiting must be parked by then, not still starting (running)
                static void parkedAll(Thread... threads) {
                    for (Thread thread : threads) {
                        while (thread.getState() != Thread.State.WAITING) {
                            Thread.yield();
                        }
                    }
                }

                static void parkForever() {
                    while (true) {
                        LockSupport.park();
                    }
                }
            }
            """;
    @TempDir
    static Path classes;
    static RecordingEngineListener heard;
    static JdiEngine engine;

    @BeforeAll
    static void stopWhenReady() throws EngineException {
        TargetJvm.program(classes).source(SHIFTS).compile();
        heard = new RecordingEngineListener();
        engine = Engines.engine(heard);
        engine.create(List.of("java", "-cp", classes.toString(), "Shifts"));
        CompletionStage<TargetState> running = engine.go();
        heard.output.await("ready\n", Engines.WAIT);
        engine.breakIn();
        assertThat(Engines.await(running).stopped()).isTrue();
    }

    @AfterAll
    static void end() {
        engine.close();
    }

    @Test
    void everyLineIsWhatJdiAnswersAcrossSuspendsResumesRenamesStartsAndEnds() throws EngineException {
        assertSameAsJdi();

        VirtualMachine vm = engine.whileStopped(JdiEngine.Stop::vm);
        thread(vm, "parked").suspend();
        thread(vm, "alone").resume();
        List<String> changed = assertSameAsJdi();
        assertThat(line(changed, "parked")).contains("Suspend: 2  waiting");
        assertThat(line(changed, "alone")).contains("Suspend: 0  waiting");

        ClassType shifts = (ClassType) vm.classesByName("Shifts").get(0);
        try {
            shifts.setValue(shifts.fieldByName("phase"), vm.mirrorOf(1));
        } catch (com.sun.jdi.InvalidTypeException | com.sun.jdi.ClassNotLoadedException e) {
            throw new AssertionError(e);
        }
        CompletionStage<TargetState> running = engine.go();
        heard.output.await("moved\n", Engines.WAIT);
        engine.breakIn();
        assertThat(Engines.await(running).stopped()).isTrue();

        List<String> moved = assertSameAsJdi();
        assertThat(line(moved, "parked")).as("one suspension kept across g, one from the break-in").contains("Suspend: 2");
        assertThat(line(moved, "alone")).contains("Suspend: 1");
        assertThat(line(moved, "renamed-after")).contains("Suspend: 1  waiting");
        assertThat(line(moved, "late-2")).contains("Suspend: 1  waiting");
        assertThat(moved).noneMatch(text -> text.endsWith("  renamed-before") || text.endsWith("  ending"));
    }

    /** {@code ~}, {@code ~.} and the heads of {@code ~*k} against lines made of JDI's own answers; returns {@code ~}. */
    private static List<String> assertSameAsJdi() throws EngineException {
        List<String> listed = engine.threads(ThreadChoice.ALL);
        List<String> jdi = engine.whileStopped(stop -> stop.vm().allThreads().stream()
                .sorted(Comparator.comparingInt(stop.numbers()))
                .map(thread -> ThreadStates.line(new ThreadStates.Facts(thread.uniqueID(), thread.status(),
                                thread.suspendCount(), thread.name()), stop.numbers().applyAsInt(thread),
                        thread.equals(stop.thread()), thread.equals(stop.eventThread())))
                .toList());
        assertThat(listed).isEqualTo(jdi);
        assertThat(engine.threads(ThreadChoice.CURRENT)).containsExactly(jdi.stream()
                .filter(text -> text.startsWith(".")).findFirst().orElseThrow());
        assertThat(engine.stack(ThreadChoice.ALL, StackStyle.CALLS, 1))
                .filteredOn(text -> text.matches("[.# ] *\\d+  Id: .*")).isEqualTo(jdi);
        return listed;
    }

    private static ThreadReference thread(VirtualMachine vm, String name) {
        return vm.allThreads().stream().filter(thread -> thread.name().equals(name)).findFirst().orElseThrow();
    }

    private static String line(List<String> lines, String name) {
        return lines.stream().filter(text -> text.endsWith("  " + name)).findFirst().orElseThrow();
    }
}
