package io.dbgshell.host;

import io.dbgshell.config.Settings;

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
    /** Sources remembered at most; the least recently seen are forgotten first so a flood cannot grow the map. */
    static final int MAX_SOURCES = 10_000;

    private final long baseNanos;
    private final long maxNanos;
    private final long memoryNanos;
    private final long longestHoldNanos;
    private final LongSupplier ticker;
    private final Map<String, Penalty> bySource = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Penalty> eldest) {
            return size() > MAX_SOURCES;
        }
    };

    /** A source's failures since its last success, when the last one was, and the last greeting slot handed out. */
    private static final class Penalty {
        int failures;
        long lastFailureNanos;
        long lastGreetingNanos;
    }

    /**
     * @param settings the delays: first, cap, and how long failures are remembered; a greeting would
     *                 have to wait longer than the handshake deadline is refused instead
     */
    SourcePenalties(Settings settings, LongSupplier ticker) {
        this.baseNanos = settings.authFailureBaseDelay().toNanos();
        this.maxNanos = settings.authFailureMaxDelay().toNanos();
        this.memoryNanos = settings.authFailureMemory().toNanos();
        this.longestHoldNanos = settings.handshakeTimeout().toNanos();
        this.ticker = ticker;
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
