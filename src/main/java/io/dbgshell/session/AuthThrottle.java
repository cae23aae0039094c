package io.dbgshell.session;

import io.dbgshell.config.Settings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Slows down password guessing: after a wrong password from an address, that address waits before
 * its next answer and its next greeting, twice as long per further failure up to a cap. Failures
 * are forgotten after a quiet period. Thread-safe; time comes from an injected nanosecond ticker.
 */
public final class AuthThrottle {
    /** Addresses remembered at most; the oldest are forgotten first so a flood cannot grow the map. */
    static final int MAX_ADDRESSES = 10_000;

    private final long baseNanos;
    private final long maxNanos;
    private final long memoryNanos;
    private final LongSupplier ticker;
    private final Map<String, Failures> byAddress = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    private record Failures(int count, long lastNanos) {
    }

    public AuthThrottle(Settings settings, LongSupplier ticker) {
        this.baseNanos = settings.authFailureBaseDelay().toNanos();
        this.maxNanos = settings.authFailureMaxDelay().toNanos();
        this.memoryNanos = settings.authFailureMemory().toNanos();
        this.ticker = ticker;
    }

    /** How long to hold this address back now, in milliseconds; 0 when it has no recent failures. */
    public synchronized long delayMillis(String address) {
        Failures failures = byAddress.get(address);
        if (failures == null) {
            return 0;
        }
        if (ticker.getAsLong() - failures.lastNanos > memoryNanos) {
            byAddress.remove(address);
            return 0;
        }
        int doublings = Math.min(failures.count - 1, 30);
        return TimeUnit.NANOSECONDS.toMillis(Math.min(maxNanos, baseNanos << doublings));
    }

    public synchronized void failed(String address) {
        Failures previous = byAddress.get(address);
        byAddress.put(address, new Failures(previous == null ? 1 : previous.count + 1, ticker.getAsLong()));
    }

    public synchronized void succeeded(String address) {
        byAddress.remove(address);
    }
}
