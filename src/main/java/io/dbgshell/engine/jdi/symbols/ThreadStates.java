package io.dbgshell.engine.jdi.symbols;

import com.sun.jdi.ThreadReference;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;

/**
 * A thread as {@code ~} lists it (WinDbg's {@code .  0  Id: ...} lines adapted):
 * <pre>
 * .  0  Id: 1     Suspend: 1  running               main
 * #  4  Id: 2a4   Suspend: 1  blocked on a monitor  worker-1
 * </pre>
 * {@code .} marks the current thread, {@code #} the thread of the last event (when it is not also
 * the current one); then the engine's number, the JDWP object id in hex (the id {@code dx} shows;
 * the target's own {@code Thread.getId()} would cost one more round trip per thread), the suspend
 * count, the state and the name. Three round trips per thread (name, status, suspend count);
 * {@link #lines} overlaps them for many threads (docs/performance.md).
 */
public final class ThreadStates {
    /**
     * Threads asking the target at once for {@link #lines}: JDWP answers one command at a time, but
     * a request sent while another is answered saves its share of the round trip's latency.
     */
    public static final int FETCHERS = 8;
    /** The longest state text, for the column. */
    private static final int STATE_WIDTH = "blocked on a monitor".length();

    private ThreadStates() {
    }

    /**
     * The {@code ~} lines of {@code threads}, in their order, fetched by {@link #FETCHERS} threads
     * at once (three round trips per target thread).
     *
     * @param current   the current thread, marked {@code .}; null for none
     * @param lastEvent the thread of the last event, marked {@code #}; null for none
     * @throws com.sun.jdi.VMDisconnectedException and the other JDI exceptions as the target throws them
     */
    public static List<String> lines(List<ThreadReference> threads, ToIntFunction<ThreadReference> numbers,
            ThreadReference current, ThreadReference lastEvent) {
        String[] lines = new String[threads.size()];
        int slice = (threads.size() + FETCHERS - 1) / FETCHERS;
        ExecutorService fetchers = Executors.newFixedThreadPool(FETCHERS, task -> {
            Thread fetcher = new Thread(task, "dbgshell-thread-states");
            fetcher.setDaemon(true);
            return fetcher;
        });
        try {
            List<Future<?>> parts = new ArrayList<>();
            for (int from = 0; from < lines.length; from += slice) {
                int first = from;
                parts.add(fetchers.submit(() -> {
                    for (int i = first; i < Math.min(lines.length, first + slice); i++) {
                        ThreadReference thread = threads.get(i);
                        lines[i] = line(thread, numbers.applyAsInt(thread),
                                thread.equals(current), thread.equals(lastEvent));
                    }
                }));
            }
            for (Future<?> part : parts) {
                join(part);
            }
        } finally {
            fetchers.shutdownNow();
        }
        return List.of(lines);
    }

    private static void join(Future<?> part) {
        try {
            part.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while listing threads");
        }
    }

    /** The {@code ~} line of a thread. */
    public static String line(ThreadReference thread, int number, boolean current, boolean lastEvent) {
        char mark = current ? '.' : lastEvent ? '#' : ' ';
        return String.format("%c%3d  Id: %-5s Suspend: %d  %-" + STATE_WIDTH + "s  %s",
                mark, number, Long.toHexString(thread.uniqueID()), thread.suspendCount(),
                state(thread.status()), thread.name());
    }

    /**
     * What a JDWP thread status means to a person. JDWP reports {@code Object.wait}, {@code
     * Thread.join} and {@code LockSupport.park} alike as waiting, and a thread suspended by the
     * debugger in the state it was in before.
     */
    public static String state(int status) {
        return switch (status) {
            case ThreadReference.THREAD_STATUS_RUNNING -> "running";
            case ThreadReference.THREAD_STATUS_SLEEPING -> "sleeping";
            case ThreadReference.THREAD_STATUS_MONITOR -> "blocked on a monitor";
            case ThreadReference.THREAD_STATUS_WAIT -> "waiting";
            case ThreadReference.THREAD_STATUS_NOT_STARTED -> "not started";
            case ThreadReference.THREAD_STATUS_ZOMBIE -> "ended";
            default -> "unknown";
        };
    }
}
