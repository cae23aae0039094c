package io.dbgshell.host;

import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * Counts the connections that have not authenticated yet, per source and in total, and refuses new
 * ones past {@link PreAuthLimits}: past the per-source cap always; in total at random from
 * {@code refuseFrom}, more often as the count grows, and always at {@code full} (OpenSSH's
 * {@code MaxStartups start:rate:full}). A connection counts from its admission until it joins, or
 * until it closes and any hold on its wrong answer has passed, so a guesser that hangs up early
 * frees nothing sooner. Thread-safe.
 */
final class StartupLimits {
    private final PreAuthLimits limits;
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
    StartupLimits(PreAuthLimits limits, DoubleSupplier random) {
        this.limits = limits;
        this.random = random;
    }

    /** Counts a new connection from {@code source}; returns null when admitted, else why it is refused (and not counted). */
    synchronized Refusal admit(String source) {
        int fromSource = bySource.getOrDefault(source, 0);
        if (fromSource >= limits.perSource()) {
            return Refusal.SOURCE_FULL;
        }
        if (total >= limits.full() || (total >= limits.refuseFrom() && random.getAsDouble() < refusalChance())) {
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
        double first = limits.refusePercent() / 100.0;
        int span = limits.full() - limits.refuseFrom();
        return span == 0 ? 1 : first + (1 - first) * (total - limits.refuseFrom()) / span;
    }
}
