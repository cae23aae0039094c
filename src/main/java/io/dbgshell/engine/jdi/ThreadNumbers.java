package io.dbgshell.engine.jdi;

import com.sun.jdi.ThreadReference;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The small numbers users call a target's threads by: given in the order the engine first sees each
 * thread, kept for the thread's life and never given again while the target lives (JDWP's object
 * ids are unique within one connection, so they key the map).
 */
final class ThreadNumbers {
    private final Map<Long, Integer> numbers = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    /** Whether {@code thread} has its number already (asking costs nothing: no question to the target). */
    boolean known(ThreadReference thread) {
        return numbers.containsKey(thread.uniqueID());
    }

    int of(ThreadReference thread) {
        return numbers.computeIfAbsent(thread.uniqueID(), id -> next.getAndIncrement());
    }
}
