package io.dbgshell.engine.jdi;

import com.sun.jdi.ThreadReference;

/** What the rules ask of the core, for a test or benchmark driving them without one: every thread is number 0. */
record OneThreadContext(long pid) implements EventRules.EventContext {
    @Override
    public int threadNumber(ThreadReference thread) {
        return 0;
    }
}
