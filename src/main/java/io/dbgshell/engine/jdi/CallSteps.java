package io.dbgshell.engine.jdi;

import com.sun.jdi.IncompatibleThreadStateException;
import com.sun.jdi.Location;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.event.Event;
import com.sun.jdi.event.EventSet;
import com.sun.jdi.event.LocatableEvent;
import com.sun.jdi.request.EventRequest;
import com.sun.jdi.request.StepRequest;
import io.dbgshell.engine.jdi.expr.EvalException;
import io.dbgshell.engine.jdi.expr.RequestsPause;
import io.dbgshell.engine.jdi.symbols.ThreadStates;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one-bytecode step that stops a thread suspended without an event (after a break-in, or made
 * current with {@code ~Ns}) by one, so that JDWP runs a call in it. Only that thread runs, alone,
 * with every other event request paused, for at most {@link JdiSettings#CALL_STEP_WAIT}; then it is
 * suspended again, once, either by the step's event or by this class. A thread suspended more than
 * once keeps only one suspension while its command calls (JDWP's call resumes it once, so it would
 * not run), and gets the others back afterwards: whoever suspended it still finds it suspended.
 *
 * <p>The command waiting here holds the engine's lock, so the step's event must not need it: the
 * event thread offers every event set to {@link #claim} first, which hands the awaited one over
 * and lets go of one that came after its wait gave up. Should the event thread be waiting for the
 * lock with an earlier set just then, the step's event waits behind it and the call is refused as
 * if the thread had got none: bounded, and nothing is lost.
 */
final class CallSteps {
    /** The property marking the step requests made here, so that their events are never taken for the user's. */
    private static final String MARK = "dbgshell.callStep";

    private final Duration wait;
    /** The step waited for now, if any; written by the waiting command, read by the event thread. */
    private volatile Awaited awaited;

    CallSteps(Duration wait) {
        this.wait = wait;
    }

    /** A step request and where its event set goes; completed by the event thread, or cancelled by the wait's end. */
    private record Awaited(StepRequest request, CompletableFuture<EventSet> came) {
    }

    /**
     * Where the thread stopped, its depth before and after, and the suspensions beyond one it had
     * ({@code lent}): taken back for the call, which cannot run in a thread suspended more than
     * once, and given back by {@link #giveBack} when the command is done.
     */
    record Moved(Location at, int depthBefore, int depthAfter, int lent) {
    }

    /**
     * Whether {@code set} holds a step made here: it is then handed to the command waiting for it,
     * or, when that wait is over, resumed once, taking back its suspension of a thread that was
     * suspended again meanwhile. Called by the event thread without the engine's lock.
     */
    boolean claim(EventSet set) {
        if (set.isEmpty() || !set.stream().allMatch(CallSteps::ours)) {
            return false;
        }
        Awaited now = awaited;
        boolean handed = now != null && set.stream().anyMatch(event -> event.request() == now.request())
                && now.came().complete(set);
        if (!handed) {
            set.resume();
        }
        return true;
    }

    private static boolean ours(Event event) {
        return event.request() != null && event.request().getProperty(MARK) != null;
    }

    /**
     * Lets {@code thread}, suspended and not by an event, run alone until its next bytecode (over a
     * call it makes; from a native method, until that returns), where its step event suspends it
     * again. A thread suspended more than once (a second event set pending, a second break-in) is
     * first resumed down to one suspension, so that it runs; the caller gives those back with
     * {@link #giveBack} once its calls are done.
     *
     * @param number the thread's number, for messages
     * @param what   the call that needs it, for messages
     * @throws EvalException the thread did not get there within the wait, or cannot step at all
     */
    Moved stop(ThreadReference thread, RequestsPause pause, int number, String what)
            throws EvalException, IncompatibleThreadStateException {
        String cannot = "cannot call " + what + ": thread " + number;
        int depth = thread.frameCount();
        int suspensions = thread.suspendCount();
        if (depth == 0) {
            // without frames there is nothing to call from
            throw new EvalException(cannot + " is not stopped by an event and has no frame to step from"
                    + " (pick another thread with ~Ns)");
        }
        Location from = thread.frame(0).location();
        boolean stepped = false;
        int lent = 0;
        RequestsPause.Paused paused = pause.pause();
        try {
            lent = lend(thread, suspensions);
            // made after the pause, so it alone is enabled; JDWP never ends a step over begun in a native frame
            StepRequest request = thread.virtualMachine().eventRequestManager().createStepRequest(thread,
                    StepRequest.STEP_MIN, from.method().isNative() ? StepRequest.STEP_INTO : StepRequest.STEP_OVER);
            try {
                LocatableEvent event = stepped(thread, request);
                if (event == null) {
                    throw new EvalException(cannot + " did not reach an event within " + wait.toMillis() + " ms ("
                            + why(thread) + "); step with p or t, or pick another thread with ~Ns");
                }
                stepped = true;
                return new Moved(event.location(), depth, thread.frameCount(), lent);
            } finally {
                awaited = null;
                thread.virtualMachine().eventRequestManager().deleteEventRequest(request);
            }
        } finally {
            paused.close();
            if (!stepped) {
                giveBack(thread, lent);
            }
        }
    }

    /** Resumes {@code thread} until it is suspended once; returns how often. */
    private static int lend(ThreadReference thread, int suspensions) {
        for (int i = 1; i < suspensions; i++) {
            thread.resume();
        }
        return suspensions - 1;
    }

    /** Suspends {@code thread} again as often as {@link #stop} resumed it beyond one. */
    static void giveBack(ThreadReference thread, int lent) {
        for (int i = 0; i < lent; i++) {
            thread.suspend();
        }
    }

    /** Runs {@code thread} alone until {@code request} ends its step: its event, or null once the wait is over. */
    private LocatableEvent stepped(ThreadReference thread, StepRequest request) {
        request.addCountFilter(1);
        request.setSuspendPolicy(EventRequest.SUSPEND_EVENT_THREAD);
        request.putProperty(MARK, Boolean.TRUE);
        Awaited step = new Awaited(request, new CompletableFuture<>());
        awaited = step;
        request.enable();
        thread.resume();
        return arrived(step, thread);
    }

    /** The step's event, or null once the wait is over and the thread is suspended again. */
    private LocatableEvent arrived(Awaited step, ThreadReference thread) {
        try {
            return located(step.came().get(wait.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException | ExecutionException late) {
            return givenUp(step, thread);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return givenUp(step, thread);
        }
    }

    /** Ends the wait; an event that won the race to it is used all the same. */
    private static LocatableEvent givenUp(Awaited step, ThreadReference thread) {
        if (step.came().cancel(false)) {
            thread.suspend(); // a step event after this is resumed by claim, leaving this suspension
            return null;
        }
        return located(step.came().join());
    }

    /** Why a thread got no further: what it was doing when it was suspended. */
    private static String why(ThreadReference thread) {
        int status = thread.status();
        return status == ThreadReference.THREAD_STATUS_RUNNING ? "it is in native code or a long call"
                : "it is " + ThreadStates.state(status);
    }

    private static LocatableEvent located(EventSet set) {
        return (LocatableEvent) set.iterator().next();
    }
}
