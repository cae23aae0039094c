package io.dbgshell.engine.jdi;

import com.sun.jdi.VirtualMachine;
import com.sun.jdi.request.StepRequest;
import io.dbgshell.config.Tunables;
import io.dbgshell.engine.EngineException;
import io.dbgshell.engine.StepKind;
import io.dbgshell.engine.TargetState;
import io.dbgshell.testing.RecordingEngineListener;
import io.dbgshell.testing.TargetPrograms;
import io.dbgshell.testing.TextLog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One {@code p} after another reuses the step request the last one ended with (the JDWP agent resets
 * it at the line it stopped on), instead of making and deleting one per line; anything else that
 * runs the target lets it go first, so a {@code g} after a {@code p} does not stop at the next line.
 */
class JdiEngineStepReuseTest {
    @TempDir
    static Path classes;
    private static Path hello;

    @BeforeAll
    static void compile() {
        hello = TargetPrograms.compile(classes.resolve("g"), true, TargetPrograms.HELLO);
    }

    @Test
    void stepsOfOneKindReuseTheirRequestAndLandOnEachLine() throws EngineException {
        RecordingEngineListener heard = new RecordingEngineListener();
        AtomicReference<VirtualMachine> vm = new AtomicReference<>();
        JdiEngine engine = new JdiEngine(Tunables.DEFAULTS, new SeenTarget(vm));
        engine.listen(heard);
        try {
            engine.create(List.of("java", "-cp", hello.toString(), "Hello"));
            Engines.await(engine.step(StepKind.INTO, 1));
            heard.output.await("Hello.main+0x0 [Hello.java @ 7]:\n");

            Engines.await(engine.step(StepKind.OVER, 1));
            heard.output.await("[Hello.java @ 8]:\n");
            List<StepRequest> afterOne = vm.get().eventRequestManager().stepRequests();
            assertThat(afterOne).as("the step that ended is kept for the next").hasSize(1);

            Engines.await(engine.step(StepKind.OVER, 1));
            heard.output.await("[Hello.java @ 9]:\n");
            assertThat(vm.get().eventRequestManager().stepRequests()).as("the same request, reused")
                    .singleElement().isSameAs(afterOne.get(0));

            var running = engine.go();
            assertThat(vm.get().eventRequestManager().stepRequests()).as("g deleted the kept step before it resumed")
                    .isEmpty();
            TargetState end = Engines.await(running);
            assertThat(end).as("g lets the kept step go, and runs to the end").isEqualTo(TargetState.NO_TARGET);
            heard.output.await("Target exited with code 7\n");
            assertThat(heard.output.text()).doesNotContain("[Hello.java @ 10]:");
        } finally {
            engine.close();
        }
    }

    @Test
    void aStepOfAnotherKindMakesItsOwnRequest() throws EngineException {
        RecordingEngineListener heard = new RecordingEngineListener();
        AtomicReference<VirtualMachine> vm = new AtomicReference<>();
        JdiEngine engine = new JdiEngine(Tunables.DEFAULTS, new SeenTarget(vm));
        engine.listen(heard);
        try {
            engine.create(List.of("java", "-cp", hello.toString(), "Hello"));
            Engines.await(engine.step(StepKind.INTO, 1));
            Engines.await(engine.step(StepKind.OVER, 1));
            heard.output.await("[Hello.java @ 8]:\n");
            StepRequest over = vm.get().eventRequestManager().stepRequests().get(0);

            Engines.await(engine.step(StepKind.INTO, 1));
            heard.output.await("Hello.fact+0x0 [Hello.java @ 3]:\n");
            assertThat(vm.get().eventRequestManager().stepRequests()).singleElement()
                    .isNotSameAs(over).extracting(StepRequest::depth).isEqualTo(StepRequest.STEP_INTO);

            Engines.await(engine.step(StepKind.OVER, 1));
            heard.output.await("Hello.fact+0x");
            heard.output.await("[Hello.java @ 4]:\n");
            assertThat(vm.get().eventRequestManager().stepRequests()).singleElement()
                    .extracting(StepRequest::depth).isEqualTo(StepRequest.STEP_OVER);
        } finally {
            engine.close();
        }
    }

    @Test
    void aSecondGuStepsOutOfTheCallerInsteadOfReusingTheFirstStepOut() throws EngineException {
        RecordingEngineListener heard = new RecordingEngineListener();
        JdiEngine engine = new JdiEngine(Tunables.DEFAULTS, new NoEventRules());
        engine.listen(heard);
        try {
            engine.create(List.of("java", "-cp", hello.toString(), "Hello"));
            Engines.await(engine.step(StepKind.INTO, 1));
            Engines.await(engine.step(StepKind.OVER, 1));
            Engines.await(engine.step(StepKind.INTO, 3));
            heard.output.await("Hello.fact+0x0 [Hello.java @ 3]:\n"); // fact(2), called by fact(3)
            Engines.await(engine.step(StepKind.OUT, 1));
            heard.output.await("[Hello.java @ 4]:\n");
            Engines.await(engine.step(StepKind.OUT, 1));
            String stops = heard.output.awaitCount("]:\n", 5, TextLog.DEFAULT_WAIT);
            assertThat(stops.lines().toList()).as("the second gu returned to main").last().asString()
                    .startsWith("Hello.main+0x").endsWith("[Hello.java @ 8]:");
        } finally {
            engine.close();
        }
    }

    @Test
    void aStopIsMarkedBeforeItIsAnnounced() throws EngineException {
        List<TargetState> whenTold = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicReference<JdiEngine> engine = new AtomicReference<>();
        RecordingEngineListener heard = new RecordingEngineListener();
        engine.set(new JdiEngine(Tunables.DEFAULTS, new NoEventRules()));
        engine.get().listen(new io.dbgshell.engine.EngineListener() {
            @Override
            public void output(String text) {
                if (text.contains("[Hello.java @ ")) {
                    whenTold.add(engine.get().state()); // what a user who reads this and types at once finds
                }
                heard.output(text);
            }

            @Override
            public void stateChanged(TargetState state) {
                heard.stateChanged(state);
            }

            @Override
            public void runOnStop(String commands) {
                heard.runOnStop(commands);
            }
        });
        try {
            engine.get().create(List.of("java", "-cp", hello.toString(), "Hello"));
            Engines.await(engine.get().step(StepKind.INTO, 1));
            Engines.await(engine.get().step(StepKind.OVER, 1));
            heard.output.await("[Hello.java @ 8]:\n");
            assertThat(whenTold).as("the engine's state as each stop was told").containsExactly(
                    TargetState.stopped(0), TargetState.stopped(0));
        } finally {
            engine.get().close();
        }
    }

    /** No rules, but the test gets the target's connection, to look at its step requests. */
    private record SeenTarget(AtomicReference<VirtualMachine> vm) implements EventRules {
        private static final NoEventRules NONE = new NoEventRules();

        @Override
        public void attached(VirtualMachine target, EventContext context) {
            vm.set(target);
        }

        @Override
        public void detached() {
            NONE.detached();
        }

        @Override
        public Verdict decide(com.sun.jdi.event.Event event) {
            return NONE.decide(event);
        }

        @Override
        public void oneShot(String location) throws EngineException {
            NONE.oneShot(location);
        }
    }
}
