package io.dbgshell.engine.jdi;

import com.sun.jdi.ThreadReference;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.event.Event;
import io.dbgshell.engine.EngineException;

import java.util.Optional;

/**
 * What the engine's core asks of the breakpoints and event filters (ENGINE.md §3-§4): they make
 * their own event requests on a target and decide what each of their events means. The core owns
 * the connection, the one event thread, stepping and the resuming of every event set; the rules
 * never resume anything. Called from the event thread and from commands on the session thread.
 */
interface EventRules {

    /** A target is attached: make the requests for every breakpoint and filter (deferred ones too). */
    void attached(VirtualMachine vm, EventContext context);

    /** The target is let go or gone: its requests are dropped; the breakpoints stay for the next target. */
    void detached();

    /**
     * What an event that one of these rules asked for means: a breakpoint, exception, class
     * prepare, thread start or thread death event. Step, VM start and death events are the core's
     * and never come here.
     */
    Verdict decide(Event event);

    /**
     * A breakpoint that fires once and is never listed, for {@code g LOCATION}; its hit is
     * announced like a stop after a step, not as a numbered breakpoint.
     *
     * @throws EngineException one line naming what is wrong with the location
     */
    void oneShot(String location) throws EngineException;

    /**
     * Classes may have loaded while every request was paused (a method call in an expression runs
     * with them off): resolve the deferred breakpoints in the classes loaded now, as their class
     * prepare events would have.
     */
    default void resolveLoaded() {
        // rules without deferred requests have nothing to catch up on
    }

    /** Whether the target's exit is announced ({@code epr}: everything but {@code sxi epr}); the core raises it. */
    default boolean announceExit() {
        return true;
    }

    /** Whether a launched target's output is shown ({@code out}: everything but {@code sxi out}); the core raises it. */
    default boolean announceOutput() {
        return true;
    }

    /** What the core knows that an announcement needs. */
    interface EventContext {
        /** The target's process id, for exception lines ({@code (7c55.1): ...}); -1 if unknown. */
        long pid();

        /** The engine's small, stable number for a thread. */
        int threadNumber(ThreadReference thread);
    }

    /**
     * @param stop         whether the target stays stopped (otherwise the core resumes the event set)
     * @param announcement text for everyone, empty for none (ends with a line feed when not empty)
     * @param commands     a breakpoint's command string to run once stopped
     */
    record Verdict(boolean stop, String announcement, Optional<String> commands) {
        public static final Verdict IGNORE = new Verdict(false, "", Optional.empty());
    }
}
