package io.dbgshell.host;

import io.dbgshell.config.Tunables;

import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * Counts the connections that have not authenticated yet, per source and in total, and refuses new
 * ones past the caps of {@link HostSettings}: past the per-source cap always; in total at random
 * from {@code pre-auth-refuse-from}, more often as the count grows, and always at {@code pre-auth-full} (OpenSSH's
 * {@code MaxStartups start:rate:full}). A connection counts from its admission until it joins, or
 * until it closes and any hold on its wrong answer has passed, so a guesser that hangs up early
 * frees nothing sooner. Thread-safe.
 */
final class StartupLimits {
    private final int perSource;
    private final int refuseFrom;
    private final int refusePercent;
    private final int full;
    private final DoubleSupplier random;
    /** Only sources with connections counted: at most {@code full} entries. */
    private final Map<String, Integer> bySource = new HashMap<>();
    private int total;

    /** Why a connection was not admitted, as its log line and the client's refusal say it. */
    enum Refusal {
        SOURCE_FULL("too many connections from this source are awaiting authentication"),
        BUSY("too many connections are awaiting authentication"),
        SOURCE_SLOWED("this source has guessed wrong too often; try again later");

        private final String text;

        Refusal(String text) {
            this.text = text;
        }

        String text() {
            return text;
        }
    }

    /** @param random uniform in [0, 1), for the early refusals */
    StartupLimits(Tunables tunables, DoubleSupplier random) {
        this.perSource = tunables.get(HostSettings.PRE_AUTH_PER_SOURCE);
        this.refuseFrom = tunables.get(HostSettings.PRE_AUTH_REFUSE_FROM);
        this.refusePercent = tunables.get(HostSettings.PRE_AUTH_REFUSE_PERCENT);
        this.full = tunables.get(HostSettings.PRE_AUTH_FULL);
        if (full < refuseFrom) {
            throw new IllegalArgumentException(HostSettings.PRE_AUTH_FULL + ": " + full + " is below "
                    + HostSettings.PRE_AUTH_REFUSE_FROM + " (" + refuseFrom + ")");
        }
        this.random = random;
    }

    /** Counts a new connection from {@code source}; returns null when admitted, else why it is refused (and not counted). */
    synchronized Refusal admit(String source) {
        int fromSource = bySource.getOrDefault(source, 0);
        if (fromSource >= perSource) {
            return Refusal.SOURCE_FULL;
        }
        if (total >= full || (total >= refuseFrom && random.getAsDouble() < refusalChance())) {
            return Refusal.BUSY;
        }
        bySource.put(source, fromSource + 1);
        total++;
        return null;
    }

    /** Stops counting one admitted connection from {@code source}. */
    synchronized void release(String source) {
        bySource.computeIfPresent(source, (key, count) -> count > 1 ? count - 1 : null);
        total--;
    }

    synchronized int total() {
        return total;
    }

    /** {@code refusePercent} at {@code refuseFrom}, rising linearly to 1 at {@code full}. */
    private double refusalChance() {
        double first = refusePercent / 100.0;
        int span = full - refuseFrom;
        return span == 0 ? 1 : first + (1 - first) * (total - refuseFrom) / span;
    }
}
