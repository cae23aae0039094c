package io.dbgshell.engine.jdi.symbols;

import com.sun.jdi.ThreadReference;

/**
 * A thread as {@code ~} lists it (WinDbg's {@code .  0  Id: ...} lines adapted):
 * <pre>
 * .  0  Id: 1     Suspend: 1  running               main
 * #  4  Id: 2a4   Suspend: 1  blocked on a monitor  worker-1
 * </pre>
 * {@code .} marks the current thread, {@code #} the thread of the last event (when it is not also
 * the current one); then the engine's number, the JDWP object id in hex (the id {@code dx} shows;
 * the target's own {@code Thread.getId()} would cost one more round trip per thread), the suspend
 * count, the state and the name.
 */
public final class ThreadStates {
    /** The longest state text, for the column. */
    private static final int STATE_WIDTH = "blocked on a monitor".length();

    private ThreadStates() {
    }

    /**
     * What a line shows of a thread, as the target's JDWP agent answers it ({@code ThreadReference}'s
     * {@code uniqueID}, {@code status}, {@code suspendCount} and {@code name}).
     */
    public record Facts(long id, int status, int suspendCount, String name) {
    }

    /** The {@code ~} line of a thread. */
    public static String line(Facts thread, int number, boolean current, boolean lastEvent) {
        char mark = current ? '.' : lastEvent ? '#' : ' ';
        return String.format("%c%3d  Id: %-5s Suspend: %d  %-" + STATE_WIDTH + "s  %s",
                mark, number, Long.toHexString(thread.id()), thread.suspendCount(), state(thread.status()), thread.name());
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
