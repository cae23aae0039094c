package io.dbgshell.engine.jdi.symbols;

import com.sun.jdi.IncompatibleThreadStateException;
import com.sun.jdi.Method;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.StackFrame;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.VirtualMachine;
import io.dbgshell.config.Tunables;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * What {@code !locks} prints: every monitor some thread owns or waits for, with its owner, the
 * threads blocked entering it and the threads in {@code Object.wait} on it; deadlocks (threads
 * blocked in a cycle, each on a monitor the next one owns) come first, called out as such. Threads
 * are named as {@code ~} numbers them, through the engine's numbering function. Needs the target
 * suspended (JDWP answers monitor questions only for suspended threads); a thread that is not is
 * listed as unread rather than failing the whole view.
 */
public final class LockView {
    /**
     * How deep {@code Object.wait} can be on a waiting thread's stack: the native {@code wait0}, then
     * {@code wait(long)}, then {@code wait()}.
     */
    private static final int WAIT_FRAMES = 3;

    private final int maxLines;

    public LockView(Tunables tunables) {
        this.maxLines = tunables.get(SymbolSettings.VIEW_LINES);
    }

    /** One monitor's people. */
    private static final class Monitor {
        ThreadReference owner;
        final List<ThreadReference> blocked = new ArrayList<>();
        final List<ThreadReference> waiting = new ArrayList<>();
    }

    public List<String> lines(VirtualMachine vm, ToIntFunction<ThreadReference> numbers) {
        if (!vm.canGetOwnedMonitorInfo() || !vm.canGetCurrentContendedMonitor()) {
            return List.of("This target cannot tell which thread owns or waits for a monitor.");
        }
        List<ThreadReference> threads = new ArrayList<>(vm.allThreads());
        threads.sort(Comparator.comparingInt(numbers));
        Map<ObjectReference, Monitor> monitors = new LinkedHashMap<>();
        Map<ThreadReference, ObjectReference> blockedOn = new HashMap<>();
        List<ThreadReference> unread = new ArrayList<>();
        for (ThreadReference thread : threads) {
            try {
                for (ObjectReference owned : thread.ownedMonitors()) {
                    monitors.computeIfAbsent(owned, m -> new Monitor()).owner = thread;
                }
                ObjectReference contended = thread.currentContendedMonitor();
                if (contended == null && thread.status() == ThreadReference.THREAD_STATUS_WAIT) {
                    contended = waitedOn(thread);
                }
                if (contended != null) {
                    Monitor monitor = monitors.computeIfAbsent(contended, m -> new Monitor());
                    if (thread.status() == ThreadReference.THREAD_STATUS_MONITOR) {
                        monitor.blocked.add(thread);
                        blockedOn.put(thread, contended);
                    } else {
                        monitor.waiting.add(thread);
                    }
                }
            } catch (IncompatibleThreadStateException e) {
                unread.add(thread);
            }
        }
        Capped out = new Capped(maxLines);
        for (List<ThreadReference> cycle : deadlocks(threads, blockedOn, monitors, numbers)) {
            out.add("Deadlock: " + cycle.size() + " threads wait for each other");
            for (ThreadReference thread : cycle) {
                ObjectReference monitor = blockedOn.get(thread);
                out.add("  " + thread(thread, numbers) + " waits for " + monitor(monitor)
                        + " held by " + thread(monitors.get(monitor).owner, numbers));
            }
        }
        monitors.forEach((reference, monitor) -> {
            out.add("Monitor " + monitor(reference));
            out.add("  owner:   " + (monitor.owner == null ? "none"
                    : thread(monitor.owner, numbers) + " (" + ThreadStates.state(monitor.owner.status()) + ")"));
            monitor.blocked.forEach(thread -> out.add("  blocked: " + thread(thread, numbers)));
            monitor.waiting.forEach(thread -> out.add("  waiting: " + thread(thread, numbers) + " (in Object.wait)"));
        });
        if (monitors.isEmpty()) {
            out.add("No thread owns or waits for a monitor.");
        }
        unread.forEach(thread -> out.add("Not suspended, not read: " + thread(thread, numbers)));
        return out.lines();
    }

    /**
     * The object whose {@code Object.wait} the thread is in, read as that frame's {@code this}. Recent
     * JDKs (25 here) no longer give it as the thread's contended monitor (their JVMTI {@code
     * GetCurrentContendedMonitor} names only a monitor being entered), but their {@code wait(long)}
     * is a Java method over the native {@code wait0}, so its frame has the object; a native frame has no
     * {@code this} to read, so the frames above it are looked at too.
     */
    private static ObjectReference waitedOn(ThreadReference thread) throws IncompatibleThreadStateException {
        for (StackFrame frame : thread.frames(0, Math.min(thread.frameCount(), WAIT_FRAMES))) {
            Method method = frame.location().method();
            if (method.name().equals("wait") && method.declaringType().name().equals("java.lang.Object")) {
                ObjectReference self = frame.thisObject();
                if (self != null) {
                    return self;
                }
            }
        }
        return null;
    }

    /**
     * The cycles of "blocked on a monitor that the next thread owns", each once, starting at its
     * lowest-numbered thread.
     */
    private static List<List<ThreadReference>> deadlocks(List<ThreadReference> threads,
            Map<ThreadReference, ObjectReference> blockedOn, Map<ObjectReference, Monitor> monitors,
            ToIntFunction<ThreadReference> numbers) {
        List<List<ThreadReference>> cycles = new ArrayList<>();
        Set<ThreadReference> done = new LinkedHashSet<>();
        for (ThreadReference start : threads) {
            List<ThreadReference> path = new ArrayList<>();
            ThreadReference thread = start;
            while (thread != null && !done.contains(thread) && !path.contains(thread)) {
                path.add(thread);
                ObjectReference monitor = blockedOn.get(thread);
                thread = monitor == null ? null : monitors.get(monitor).owner;
            }
            if (thread != null && path.contains(thread)) {
                List<ThreadReference> cycle = new ArrayList<>(path.subList(path.indexOf(thread), path.size()));
                Collections.rotate(cycle, -cycle.indexOf(Collections.min(cycle, Comparator.comparingInt(numbers))));
                cycles.add(List.copyOf(cycle));
            }
            done.addAll(path);
        }
        return cycles;
    }

    private static String thread(ThreadReference thread, ToIntFunction<ThreadReference> numbers) {
        return "~" + numbers.applyAsInt(thread) + " \"" + thread.name() + "\"";
    }

    private static String monitor(ObjectReference monitor) {
        return monitor.referenceType().name() + " @0x" + Long.toHexString(monitor.uniqueID());
    }
}
