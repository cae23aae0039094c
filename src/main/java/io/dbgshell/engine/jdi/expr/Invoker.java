package io.dbgshell.engine.jdi.expr;

import com.sun.jdi.ClassType;
import com.sun.jdi.IncompatibleThreadStateException;
import com.sun.jdi.InterfaceType;
import com.sun.jdi.InvalidTypeException;
import com.sun.jdi.InvocationException;
import com.sun.jdi.Method;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.Value;
import com.sun.jdi.VirtualMachine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one method in the target, safely enough to share: only in the thread the evaluation is
 * for, with every other thread left suspended ({@link ObjectReference#INVOKE_SINGLE_THREADED}), the
 * target's event requests paused for the call, and a time limit. A call past the limit is
 * abandoned: an error is thrown in the target thread (which unwinds a loop) and the user is told;
 * if even that does not end it within {@link #STOP_GRACE}, the thread is left in the call and the
 * user is told that too.
 */
final class Invoker {
    private static final Logger log = LoggerFactory.getLogger(Invoker.class);

    /** How long a call that was told to stop may take to unwind before it is given up for good. */
    static final Duration STOP_GRACE = Duration.ofSeconds(2);

    /** The error thrown into a call that ran too long: not an Exception, so ordinary catch blocks let it pass. */
    private static final String STOP_ERROR = "java.lang.ThreadDeath";
    private static final String STOP_ERROR_FALLBACK = "java.lang.Error";

    private final RequestsPause pause;
    /** A throwable kept in the target to stop overlong calls with; made once per target, kept from collection. */
    private ObjectReference stopper;

    Invoker(RequestsPause pause) {
        this.pause = pause;
    }

    /** A call to make: on an object, a class, or an interface's static method. */
    interface Call {
        Value run(ThreadReference thread) throws Exception;
    }

    static Call onObject(ObjectReference target, Method method, List<? extends Value> args) {
        return thread -> target.invokeMethod(thread, method, args, ObjectReference.INVOKE_SINGLE_THREADED);
    }

    static Call onClass(ClassType type, Method method, List<? extends Value> args) {
        return thread -> method.isConstructor()
                ? type.newInstance(thread, method, args, ObjectReference.INVOKE_SINGLE_THREADED)
                : type.invokeMethod(thread, method, args, ObjectReference.INVOKE_SINGLE_THREADED);
    }

    static Call onInterface(InterfaceType type, Method method, List<? extends Value> args) {
        return thread -> type.invokeMethod(thread, method, args, ObjectReference.INVOKE_SINGLE_THREADED);
    }

    /**
     * Makes {@code call} in {@code thread}, which must be stopped by an event.
     *
     * @param what how the user would name the call, for messages ({@code Loop.spin()})
     * @throws EvalException one line: the exception the call threw, the time limit, or why it cannot run
     * @throws InvocationException never: an exception thrown in the target is turned into one line by
     *                             the caller, which can read its message without running code
     */
    Value invoke(ThreadReference thread, Call call, String what, Duration limit)
            throws EvalException, InvocationException {
        ObjectReference stop = stopperFor(thread);
        FutureTask<Value> task = new FutureTask<>(() -> call.run(thread));
        Thread runner = new Thread(task, "dbgshell-invoke " + what);
        runner.setDaemon(true);
        RequestsPause.Paused paused = pause.pause();
        try {
            runner.start();
            return task.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException overdue) {
            return abandon(thread, task, stop, what, limit);
        } catch (ExecutionException e) {
            throw failure(e.getCause(), what);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EvalException("interrupted while " + what + " ran in the target");
        } finally {
            paused.close();
        }
    }

    private Value abandon(ThreadReference thread, FutureTask<Value> task, ObjectReference stop, String what,
                          Duration limit) throws EvalException, InvocationException {
        String late = what + " did not return within " + limit.toMillis() + " ms";
        if (stop == null) {
            throw new EvalException(late + " and is still running in thread " + thread.name());
        }
        try {
            thread.stop(stop);
            task.get(STOP_GRACE.toNanos(), TimeUnit.NANOSECONDS);
            // It returned between the deadline and the stop: the stop may still be pending in the thread.
            throw new EvalException(late + "; it finished as it was being stopped");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InvocationException stopped && stopped.exception().equals(stop)) {
                throw new EvalException(late + " and was abandoned (" + stop.referenceType().name()
                        + " thrown in thread " + thread.name() + "; its side effects so far remain)");
            }
            throw failure(e.getCause(), what);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EvalException(late + " and was being stopped when the evaluation was interrupted");
        } catch (TimeoutException | InvalidTypeException stuck) {
            throw new EvalException(late + " and could not be stopped: thread " + thread.name()
                    + " is still in the call");
        }
    }

    /**
     * The throwable used to stop overlong calls in this target, made on the first call (itself a
     * call, so it runs in the same conditions) and kept from collection; null if it could not be made.
     */
    private synchronized ObjectReference stopperFor(ThreadReference thread) throws EvalException {
        VirtualMachine vm = thread.virtualMachine();
        if (stopper != null && stopper.virtualMachine() == vm && !stopper.isCollected()) {
            return stopper;
        }
        stopper = null;
        for (String name : List.of(STOP_ERROR, STOP_ERROR_FALLBACK)) {
            for (var type : vm.classesByName(name)) {
                if (type instanceof ClassType errorType) {
                    Method constructor = errorType.concreteMethodByName("<init>", "()V");
                    if (constructor == null) {
                        continue;
                    }
                    RequestsPause.Paused paused = pause.pause();
                    try {
                        ObjectReference made = errorType.newInstance(thread, constructor, List.of(),
                                ObjectReference.INVOKE_SINGLE_THREADED);
                        made.disableCollection();
                        stopper = made;
                        return made;
                    } catch (IncompatibleThreadStateException e) {
                        throw notStoppedByEvent(thread);
                    } catch (Exception e) {
                        log.debug("could not make {} to stop overlong calls with", name, e);
                    } finally {
                        paused.close();
                    }
                }
            }
        }
        return null;
    }

    static EvalException notStoppedByEvent(ThreadReference thread) {
        return new EvalException("cannot call methods in thread " + thread.name()
                + ": it is not stopped by an event (step or break in first)");
    }

    private static EvalException failure(Throwable cause, String what) throws InvocationException {
        if (cause instanceof InvocationException thrown) {
            throw thrown;
        }
        if (cause instanceof IncompatibleThreadStateException) {
            return new EvalException("cannot call " + what + ": the thread is not stopped by an event");
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        log.debug("call to {} failed", what, cause);
        return new EvalException("cannot call " + what + ": " + cause);
    }
}
