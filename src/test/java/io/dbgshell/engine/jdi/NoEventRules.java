package io.dbgshell.engine.jdi;

import com.sun.jdi.VirtualMachine;
import com.sun.jdi.event.Event;
import io.dbgshell.engine.EngineException;

/** Rules with no breakpoints and no filters, for tests of the engine's core alone: every event of theirs is ignored. */
final class NoEventRules implements EventRules {
    @Override
    public void attached(VirtualMachine vm, EventContext context) {
        // no requests to make
    }

    @Override
    public void detached() {
        // no requests to drop
    }

    @Override
    public Verdict decide(Event event) {
        return Verdict.IGNORE;
    }

    @Override
    public void oneShot(String location) throws EngineException {
        throw new EngineException("breakpoints are not available in this build, so g cannot stop at " + location);
    }
}
