package io.dbgshell.host;

import io.dbgshell.config.Tunables;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Log lines about connections that have not authenticated, rate-limited so that anyone who can
 * reach a port cannot fill the disk: per interval, each source's first line is written as it is
 * and the rest are counted into one summary line at the interval's end. Past
 * {@link HostSettings#PRE_AUTH_LOG_SOURCES} sources in one interval, further sources share one summary.
 * So one interval writes at most {@code 2 × pre-auth-log-sources + 1} lines, however many connections come.
 * Thread-safe; summaries are scheduled on the executor of the connection that opened the interval,
 * so nothing waits.
 */
final class PreAuthLog {
    /** The key of the shared summary of the sources past the per-interval limit. */
    private static final String OTHERS = "";

    private final Consumer<String> sink;
    private final long intervalMillis;
    private final int maxSources;
    /** Lines held back in the current interval, by source; one entry per source with an interval open. */
    private final Map<String, Integer> suppressed = new HashMap<>();

    PreAuthLog(Tunables tunables, Consumer<String> sink) {
        this.sink = sink;
        this.intervalMillis = tunables.get(HostSettings.PRE_AUTH_LOG_INTERVAL).toMillis();
        this.maxSources = tunables.get(HostSettings.PRE_AUTH_LOG_SOURCES);
    }

    /** Writes {@code line}, about a connection from {@code source}, unless that source already had its line this interval. */
    void log(String source, ScheduledExecutorService scheduler, String line) {
        synchronized (this) {
            Integer held = suppressed.get(source);
            if (held != null) {
                suppressed.put(source, held + 1);
                return;
            }
            if (suppressed.size() >= maxSources) {
                boolean opening = !suppressed.containsKey(OTHERS);
                suppressed.merge(OTHERS, 1, Integer::sum);
                if (opening) {
                    schedule(OTHERS, scheduler);
                }
                return;
            }
            suppressed.put(source, 0);
            schedule(source, scheduler);
        }
        sink.accept(line);
    }

    private void schedule(String source, ScheduledExecutorService scheduler) {
        scheduler.schedule(() -> close(source), intervalMillis, TimeUnit.MILLISECONDS);
    }

    private void close(String source) {
        int held;
        synchronized (this) {
            held = suppressed.remove(source);
        }
        if (held == 0) {
            return;
        }
        sink.accept(source.equals(OTHERS)
                ? held + " more events before authentication from sources past the first " + maxSources + " in " + intervalMillis + " ms"
                : held + " more events before authentication from " + source + " in " + intervalMillis + " ms");
    }
}
