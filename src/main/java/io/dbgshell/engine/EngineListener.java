package io.dbgshell.engine;

import java.util.Optional;

/**
 * How an engine tells the session what happened. Calls come from the engine's threads, in the order
 * the events happened, and must return at once: the session queues them, so the engine never
 * waits for a participant.
 */
public interface EngineListener {

    /**
     * Text for everyone: an event's announcement (a breakpoint hit, an exception, a thread start),
     * or what a launched target printed. Ends with a line feed.
     */
    void output(String text);

    /**
     * The target's state changed (it stopped, it runs again, it is gone); the session shows the new
     * prompt to everyone and lets a line that waits for a stop go on.
     */
    void stateChanged(TargetState state);

    /**
     * A breakpoint with a command string hit, and the target is stopped: the session runs
     * {@code commands} (a {@code ;}-separated line) as the breakpoint's own, after the stop's output
     * and before anything typed later. If they end with {@code g}, the target goes on: a logpoint.
     */
    void runOnStop(String commands);

    /**
     * The target stopped, told as one event: {@code announcement} (whole lines; empty for none), the
     * new state, and a breakpoint's commands if it has some. A listener that handles events in
     * batches must take the three in one batch: someone who sees the announcement and types at once
     * must find the target stopped and the commands run, not a gap between them. This default tells
     * them one by one, for listeners that only record.
     */
    default void stopped(String announcement, TargetState state, Optional<String> commands) {
        if (!announcement.isEmpty()) {
            output(announcement);
        }
        stateChanged(state);
        commands.ifPresent(this::runOnStop);
    }
}
