package io.dbgshell.engine.jdi;

import com.sun.jdi.IncompatibleThreadStateException;
import com.sun.jdi.Location;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.VirtualMachine;

import java.nio.file.Path;

/**
 * The break-in benchmark's anchor: what stopping a running JVM costs through JDI alone, on a target
 * of its own. {@link #breakIn} suspends every thread and asks where the main thread is, the least a
 * debugger needs before it can show a stop; {@link #run} lets the target go again.
 */
public final class RawBreakIn implements AutoCloseable {
    private final CompiledTarget target;
    private final VirtualMachine vm;
    private final ThreadReference main;

    /** Launches {@code java -cp classes mainClass} under a JDWP agent and attaches; it stays stopped before main until {@link #run}. */
    public RawBreakIn(Path classes, String mainClass) {
        target = CompiledTarget.launch(classes, mainClass);
        vm = target.vm;
        main = vm.allThreads().stream().filter(thread -> thread.name().equals("main")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the target has no main thread"));
    }

    /** Lets the stopped target run again. */
    public void run() {
        vm.resume();
    }

    /** Stops the running target and finds where its main thread is; returns that place's line. */
    public int breakIn() throws IncompatibleThreadStateException {
        vm.suspend();
        Location where = main.frame(0).location();
        return where.lineNumber();
    }

    @Override
    public void close() {
        target.close();
    }
}
