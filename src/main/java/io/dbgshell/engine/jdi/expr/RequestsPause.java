package io.dbgshell.engine.jdi.expr;

/**
 * Turns the target's event requests off around a call into the target, so that a breakpoint inside
 * the called method neither fires mid-evaluation nor leaves the thread stuck in the call (JDWP then
 * refuses every later call with ALREADY_INVOKING). The engine may plug in its own, for example one
 * that keeps requests it knows are harmless.
 */
public interface RequestsPause {

    /** Disables the requests that are enabled now; closing the result enables exactly those again. */
    Paused pause();

    /** Requests paused by {@link #pause()}, enabled again by {@link #close()}. */
    interface Paused extends AutoCloseable {
        @Override
        void close();
    }
}
