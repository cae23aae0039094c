package io.dbgshell.engine.jdi;

import com.sun.jdi.ThreadReference;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.event.BreakpointEvent;
import com.sun.jdi.event.Event;
import com.sun.jdi.event.EventSet;
import com.sun.jdi.event.VMDisconnectEvent;
import com.sun.jdi.event.VMStartEvent;
import io.dbgshell.config.Tunables;
import io.dbgshell.engine.BreakpointSpec;
import io.dbgshell.engine.CodeLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A logpoint whose only command is {@code g} has nothing to run while its thread waits, so its
 * thread never waits: the target runs through every hit even if the debugger never resumes one.
 */
class ContinuingLogpointTest {
    private static final int WORK = CompiledTarget.line(Programs.LOOP, "work");
    private static final int CALLS = 5;

    @TempDir
    Path dir;

    @Test
    void theTargetRunsThroughAGoOnlyLogpointThatNobodyResumes() throws Exception {
        Breakpoints breakpoints = new Breakpoints(Tunables.DEFAULTS);
        breakpoints.set(new BreakpointSpec(CodeLocation.parse("Loop:" + WORK), false, 1, Optional.of("g")), true);
        try (CompiledTarget target = CompiledTarget.launch(Programs.loop(dir), "Loop", Integer.toString(CALLS))) {
            VirtualMachine vm = target.vm;
            int hits = 0;
            boolean ended = false;
            while (!ended) {
                EventSet set = vm.eventQueue().remove(TimeUnit.SECONDS.toMillis(CompiledTarget.START_SECONDS));
                assertThat(set).as("the target's next event after %d logpoint hits: it stalled", hits).isNotNull();
                boolean hit = false;
                for (Event event : set) {
                    if (event instanceof VMStartEvent) {
                        breakpoints.attached(vm, new Numbers(target.pid()));
                    } else if (event instanceof BreakpointEvent) {
                        hit = true;
                        hits++;
                        assertThat(breakpoints.decide(event).stop()).isFalse();
                    } else if (event instanceof VMDisconnectEvent) {
                        ended = true;
                    } else {
                        breakpoints.decide(event);
                    }
                }
                if (!hit) {
                    set.resume(); // a hit's set is never resumed: were its thread held, the target would stall here
                }
            }
            assertThat(hits).isEqualTo(CALLS);
        }
    }

    private record Numbers(long pid) implements EventRules.EventContext {
        @Override
        public int threadNumber(ThreadReference thread) {
            return 0;
        }
    }
}
