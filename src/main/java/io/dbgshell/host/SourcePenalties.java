package io.dbgshell.host;

import io.dbgshell.config.Tunables;
import io.dbgshell.protocol.ProtocolSettings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Slows password guessing per source, however many connections the source opens in parallel: after
 * a wrong password, the source's greetings (each one the chance of one guess) are spaced apart by a
 * delay that doubles per failure up to a cap, and its wrong answers are held as long. Greetings are
 * handed out as reserved slots, so parallel connections queue behind one another instead of each
 * waiting out the same delay at once. A success or a quiet period forgets the source. Thread-safe;
 * time comes from an injected nanosecond ticker.
 */
final class SourcePenalties {
    private final long baseNanos;
    private final long maxNanos;
    private final long memoryNanos;
    private final long longestHoldNanos;
    private final LongSupplier ticker;
    private final Map<String, Penalty> bySource;

    /** A source's failures since its last success, when the last one was, and the last greeting slot handed out. */
    private static final class Penalty {
        int failures;
        long lastFailureNanos;
        long lastGreetingNanos;
    }

    /**
     * @param tunables the delays: first, cap, and how long failures are remembered; a greeting would
     *                 have to wait longer than the handshake deadline is refused instead
     */
    SourcePenalties(Tunables tunables, LongSupplier ticker) {
        this.baseNanos = tunables.get(HostSettings.AUTH_FAILURE_BASE_DELAY).toNanos();
        this.maxNanos = tunables.get(HostSettings.AUTH_FAILURE_MAX_DELAY).toNanos();
        this.memoryNanos = tunables.get(HostSettings.AUTH_FAILURE_MEMORY).toNanos();
        this.longestHoldNanos = tunables.get(ProtocolSettings.HANDSHAKE_TIMEOUT).toNanos();
        this.ticker = ticker;
        int maxSources = tunables.get(HostSettings.PENALIZED_SOURCES);
        this.bySource = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Penalty> eldest) {
                return size() > maxSources;
            }
        };
    }

    /**
     * Reserves the source's next greeting: nanoseconds to hold it back (0 without recent failures),
     * or -1 when the source's queue of greetings already reaches past the handshake deadline.
     */
    synchronized long reserveGreeting(String source) {
        Penalty penalty = current(source);
        if (penalty == null) {
            return 0;
        }
        long now = ticker.getAsLong();
        long slot = Math.max(now, penalty.lastGreetingNanos + delayNanos(penalty.failures));
        if (slot - now > longestHoldNanos) {
            return -1;
        }
        penalty.lastGreetingNanos = slot;
        return slot - now;
    }

    /** Counts a wrong password; returns how long to hold its answer, in nanoseconds. */
    synchronized long failed(String source) {
        Penalty penalty = current(source);
        if (penalty == null) {
            penalty = new Penalty();
            penalty.lastGreetingNanos = ticker.getAsLong();
            bySource.put(source, penalty);
        }
        penalty.failures++;
        penalty.lastFailureNanos = ticker.getAsLong();
        return delayNanos(penalty.failures);
    }

    synchronized void succeeded(String source) {
        bySource.remove(source);
    }

    /** The delay after {@code failures} wrong passwords: the base, doubled per further failure, capped. */
    private long delayNanos(int failures) {
        int doublings = Math.min(failures - 1, 30);
        return Math.min(maxNanos, baseNanos << doublings);
    }

    private Penalty current(String source) {
        Penalty penalty = bySource.get(source);
        if (penalty != null && ticker.getAsLong() - penalty.lastFailureNanos > memoryNanos) {
            bySource.remove(source);
            return null;
        }
        return penalty;
    }
}
