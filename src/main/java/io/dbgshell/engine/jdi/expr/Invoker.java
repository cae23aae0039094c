package io.dbgshell.engine.jdi.expr;

import com.sun.jdi.ClassNotLoadedException;
import com.sun.jdi.ClassType;
import com.sun.jdi.IncompatibleThreadStateException;
import com.sun.jdi.InterfaceType;
import com.sun.jdi.InvalidTypeException;
import com.sun.jdi.InvocationException;
import com.sun.jdi.Method;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.StackFrame;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.Value;
import com.sun.jdi.VirtualMachine;
import io.dbgshell.config.Tunables;
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
 * abandoned: its frames are made to return early (which ends a loop) and the user is told; if even
 * that does not end it within {@link EvalSettings#CALL_STOP_GRACE} (a thread blocked on a monitor, in native code),
 * the thread is left in the call and the user is told that too.
 */
final class Invoker {
    private static final Logger log = LoggerFactory.getLogger(Invoker.class);

    private final RequestsPause pause;
    private final Duration stopGrace;
    private final Duration unwindStep;

    Invoker(RequestsPause pause, Tunables tunables) {
        this.pause = pause;
        this.stopGrace = tunables.get(EvalSettings.CALL_STOP_GRACE);
        this.unwindStep = tunables.get(EvalSettings.CALL_UNWIND_STEP);
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
     * Makes {@code call} in {@code thread}, which must be stopped by an event ({@link NotStoppedByEvent} if not).
     *
     * @param what how the user would name the call, for messages ({@code Loop.spin()})
     * @throws EvalException      one line: the time limit passed, or why the call cannot run
     * @throws InvocationException the called method threw: the caller turns it into one line, or uses
     *                             it (a class that {@code Class.forName} cannot find)
     */
    Value invoke(ThreadReference thread, Call call, String what, Duration limit)
            throws EvalException, InvocationException {
        int depth;
        try {
            depth = thread.frameCount();
        } catch (IncompatibleThreadStateException e) {
            throw new EvalException("cannot call " + what + ": thread " + thread.name() + " is not suspended");
        }
        FutureTask<Value> task = new FutureTask<>(() -> call.run(thread));
        Thread runner = new Thread(task, "dbgshell-invoke " + what);
        runner.setDaemon(true);
        RequestsPause.Paused paused = pause.pause();
        try {
            runner.start();
            return task.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException overdue) {
            throw abandon(thread, task, depth, what, limit);
        } catch (ExecutionException e) {
            throw failure(e.getCause(), what);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EvalException("interrupted while " + what + " ran in the target");
        } finally {
            paused.close();
        }
    }

    /**
     * Ends an overdue call by making each of its frames return at once, innermost first, with a
     * zero, false or null result ({@code ThreadReference.forceEarlyReturn}). An asynchronous
     * exception ({@code ThreadReference.stop}) would be the natural tool, but HotSpot 17 did not
     * deliver one to a thread looping inside an invoke in our tests.
     */
    private EvalException abandon(ThreadReference thread, FutureTask<Value> task, int depth, String what,
                                  Duration limit) {
        String late = what + " did not return within " + limit.toMillis() + " ms";
        long deadline = System.nanoTime() + stopGrace.toNanos();
        try {
            while (!task.isDone() && System.nanoTime() < deadline) {
                thread.suspend();
                try {
                    if (thread.frameCount() > depth) {
                        StackFrame top = thread.frame(0);
                        thread.forceEarlyReturn(zero(thread.virtualMachine(), top.location().method()));
                    }
                } finally {
                    thread.resume();
                }
                try {
                    task.get(unwindStep.toNanos(), TimeUnit.NANOSECONDS);
                } catch (TimeoutException | ExecutionException stillGoingOrEnded) {
                    // looked at again by the loop's condition
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IncompatibleThreadStateException | InvalidTypeException | ClassNotLoadedException
                 | RuntimeException cannot) {
            // NativeMethodException (a native frame on top) and JDWP refusals: the thread stays in the call
            log.debug("could not unwind {}", what, cannot);
        }
        if (task.isDone()) {
            return new EvalException(late + " and was abandoned (its frames were made to return early in thread "
                    + thread.name() + "; its side effects so far remain)");
        }
        return new EvalException(late + " and could not be stopped: thread " + thread.name()
                + " is still in the call");
    }

    /** A method's zero result: 0, false, null, or void. */
    private static Value zero(VirtualMachine vm, Method method) {
        return switch (method.returnTypeName()) {
            case "void" -> vm.mirrorOfVoid();
            case "boolean" -> vm.mirrorOf(false);
            case "byte" -> vm.mirrorOf((byte) 0);
            case "char" -> vm.mirrorOf((char) 0);
            case "short" -> vm.mirrorOf((short) 0);
            case "int" -> vm.mirrorOf(0);
            case "long" -> vm.mirrorOf(0L);
            case "float" -> vm.mirrorOf(0f);
            case "double" -> vm.mirrorOf(0d);
            default -> null;
        };
    }

    private static EvalException failure(Throwable cause, String what) throws InvocationException {
        if (cause instanceof InvocationException thrown) {
            throw thrown;
        }
        if (cause instanceof IncompatibleThreadStateException) {
            return new NotStoppedByEvent(what);
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        log.debug("call to {} failed", what, cause);
        return new EvalException("cannot call " + what + ": " + cause);
    }
}
