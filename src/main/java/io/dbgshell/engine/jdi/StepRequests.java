package io.dbgshell.engine.jdi;

import com.sun.jdi.Location;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.request.EventRequest;
import com.sun.jdi.request.MethodEntryRequest;
import com.sun.jdi.request.StepRequest;
import io.dbgshell.engine.StepKind;
import io.dbgshell.engine.jdi.symbols.Wildcard;

import java.util.List;

/**
 * The JDI requests behind {@code p}, {@code t} and {@code gu}: which step, how far, and which classes
 * it passes through without stopping. Each is made enabled, stopping every thread when it ends.
 */
final class StepRequests {
    /** The class file's {@code ACC_SYNTHETIC}: the class was made by a compiler or the JVM, not written. */
    private static final int SYNTHETIC = 0x1000;

    private StepRequests() {
    }

    /**
     * A step of {@code thread} that stops at the next line ({@code p}, {@code t}), or right after the
     * return ({@code gu}, as WinDbg's does); in code compiled without line numbers, at the next bytecode.
     *
     * <p>From a native method (a break-in in {@code Thread.sleep} or a socket's accept), every step is
     * made as a step into, which ends at the first code outside the filter the thread runs once the
     * native method returns, normally its caller's: JDWP never ends a step over that starts in a
     * native frame, nor a step out of {@code Net.accept} (seen on JDK 17 and 25), so the target
     * would run on for good. {@code p} and {@code t} stop at the next line, {@code gu} right after the call.
     *
     * <p>The step filter never hides the method the step starts in: stopped in a filtered class (a
     * breakpoint in {@code com.sun.tools.javac}), {@code p} and {@code t} stop in its classes too,
     * instead of running to the next unfiltered line, which may be the program's end. From a native
     * method the whole filter holds, so {@code p} returns to the first caller outside it.
     */
    static StepRequest step(ThreadReference thread, Location from, StepKind kind, List<String> filter) {
        Shape shape = Shape.of(from, kind, filter);
        StepRequest request = thread.virtualMachine().eventRequestManager()
                .createStepRequest(thread, shape.size(), shape.depth());
        shape.exclusions().forEach(request::addClassExclusionFilter);
        request.putProperty(Shape.class, shape);
        request.setSuspendPolicy(EventRequest.SUSPEND_ALL);
        request.enable();
        return request;
    }

    /**
     * Whether {@code kept}, the still enabled request of the step that ended at {@code from}, is the
     * step {@link #step} would make there now, so that it can be used again. A step out never is: once
     * it has left its frame the agent goes on single-stepping from where it stopped, so a second
     * {@code gu} on it would stop at the next bytecode of the same method instead of in its caller.
     */
    static boolean fits(StepRequest kept, ThreadReference thread, Location from, StepKind kind, List<String> filter) {
        return kept.depth() != StepRequest.STEP_OUT && kept.thread().equals(thread)
                && Shape.of(from, kind, filter).equals(kept.getProperty(Shape.class));
    }

    /** What a step from a place is: its size, its depth and the classes it passes through. */
    private record Shape(int size, int depth, List<String> exclusions) {
        static Shape of(Location from, StepKind kind, List<String> filter) {
            boolean fromNative = from.method().isNative();
            boolean lines = fromNative || from.lineNumber() > 0;
            String stepsIn = from.declaringType().name();
            return new Shape(kind == StepKind.OUT || !lines ? StepRequest.STEP_MIN : StepRequest.STEP_LINE,
                    fromNative ? StepRequest.STEP_INTO : StepRequests.depth(kind),
                    filter.stream().filter(pattern -> fromNative || !Wildcard.of(pattern).matches(stepsIn)).toList());
        }
    }

    /**
     * Whether a step that reached {@code location} goes on without stopping there: code the JVM or
     * javac generated with no line of its own, such as the hidden class a lambda is called through
     * ({@code Lam$$Lambda/0x...accept}), where {@code t} would otherwise go one bytecode at a time
     * between the lambda's body and the method that called it.
     */
    static boolean throughGenerated(Location location) {
        return location.lineNumber() < 0 && (location.declaringType().modifiers() & SYNTHETIC) != 0;
    }

    /** Whether {@code made} is a step of {@code kind} made otherwise, from a native method (see {@link #step}). */
    static boolean leftNative(StepRequest made, StepKind kind) {
        return made.depth() != depth(kind);
    }

    /**
     * Before a thread runs any Java code (a launched target stopped before main) there is no line to
     * step from: the step ends where it first enters a method outside the step filter, which also
     * works in classes compiled without line numbers.
     */
    static MethodEntryRequest firstMethod(ThreadReference thread, List<String> filter) {
        MethodEntryRequest request = thread.virtualMachine().eventRequestManager().createMethodEntryRequest();
        request.addThreadFilter(thread);
        filter.forEach(request::addClassExclusionFilter);
        request.setSuspendPolicy(EventRequest.SUSPEND_ALL);
        request.enable();
        return request;
    }

    private static int depth(StepKind kind) {
        return switch (kind) {
            case OVER -> StepRequest.STEP_OVER;
            case INTO -> StepRequest.STEP_INTO;
            case OUT -> StepRequest.STEP_OUT;
        };
    }
}
