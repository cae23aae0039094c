package io.dbgshell.session;

import io.dbgshell.engine.TargetState;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's events reach the session in the order they happened, one task per burst, and target
 * output that waits beyond the bound is dropped and said in its place rather than held.
 */
class EngineEventsTest {
    /** Tasks given to "the session", run when the test says. */
    private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
    private final List<String> handled = new ArrayList<>();
    private final EngineEvents events = new EngineEvents(tasks::add, recording(handled), 10);

    /** A handler that writes down each event it is given. */
    private static EngineEvents.Handler recording(List<String> into) {
        return new EngineEvents.Handler() {
            @Override
            public void output(String text) {
                into.add("out " + text);
            }

            @Override
            public void stateChanged(TargetState state) {
                into.add("state " + state.prompt());
            }

            @Override
            public void runOnStop(String commands) {
                into.add("run " + commands);
            }
        };
    }

    private void runTasks() {
        for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
            task.run();
        }
    }

    @Test
    void aBurstOfEventsIsOneTaskHandledInOrder() {
        events.output("12345\n");
        events.stateChanged(TargetState.stopped(2));
        events.runOnStop(".echo hi; g");
        events.stateChanged(TargetState.RUNNING);

        assertThat(tasks).hasSize(1);
        runTasks();
        assertThat(handled).containsExactly("out 12345\n", "state 0:002> ", "run .echo hi; g", "state *BUSY*> ");
    }

    @Test
    void aStopIsOneTaskEvenWhenTheSessionTakesEachTaskAtOnce() {
        List<String> seen = new ArrayList<>();
        EngineEvents quick = new EngineEvents(task -> {
            seen.add("task");
            task.run();
        }, recording(seen), 100);

        quick.stopped("Breakpoint 0 hit\n", TargetState.stopped(0), Optional.of(".echo hi"));

        // told one by one, a line typed on seeing the announcement could run before the commands
        assertThat(seen).containsExactly("task", "out Breakpoint 0 hit\n", "state 0:000> ", "run .echo hi");
    }

    @Test
    void outputBeyondTheBoundIsDroppedAndSaidWhereItWas() {
        events.output("12345\n");
        events.output("abcdef\n");
        events.output("ghi\n");
        events.stateChanged(TargetState.stopped(0));
        events.output("xy\n");
        runTasks();

        assertThat(handled).containsExactly("out 12345\n",
                "out (11 characters of target output were dropped: the session fell behind)\n",
                "state 0:000> ", "out xy\n");
    }

    @Test
    void theBoundCountsOnlyWhatStillWaits() {
        events.output("123456789\n");
        runTasks();
        events.output("abcdefghi\n");
        runTasks();

        assertThat(handled).containsExactly("out 123456789\n", "out abcdefghi\n");
    }
}
