package io.dbgshell.host;

import io.dbgshell.config.Setting;

import java.time.Duration;

/**
 * The tunables of the host's side of the wire, the caps after OpenSSH's {@code MaxStartups} and
 * {@code PerSourceMaxStartups}; the values in force come from a {@link io.dbgshell.config.Tunables}.
 */
public final class HostSettings {
    /** Delay after a source's first wrong password, before its answer and between its greetings; doubles per failure. A wrong answer keeps its connection counted this long, which also bounds guessing from many sources. */
    public static final Setting<Duration> AUTH_FAILURE_BASE_DELAY = Setting.duration("auth-failure-base-delay", Duration.ofSeconds(1));
    /** Cap of that delay. */
    public static final Setting<Duration> AUTH_FAILURE_MAX_DELAY = Setting.duration("auth-failure-max-delay", Duration.ofSeconds(8));
    /** A source's wrong passwords older than this are forgotten. */
    public static final Setting<Duration> AUTH_FAILURE_MEMORY = Setting.duration("auth-failure-memory", Duration.ofMinutes(1));
    /** Sources whose failures are remembered at most; the least recently seen go first, so a flood cannot grow the map. */
    public static final Setting<Integer> PENALIZED_SOURCES = Setting.positive("penalized-sources", 10_000);
    /** Unauthenticated connections one source may hold at once; one more is refused. Three sources at this cap stay below the random refusals. */
    public static final Setting<Integer> PRE_AUTH_PER_SOURCE = Setting.positive("pre-auth-per-source", 8);
    /** Unauthenticated connections in total from which new ones are refused at random, more often as the count grows. */
    public static final Setting<Integer> PRE_AUTH_REFUSE_FROM = Setting.positive("pre-auth-refuse-from", 30);
    /** The chance in percent of that refusal at its start, rising linearly to 100 at the full count. */
    public static final Setting<Integer> PRE_AUTH_REFUSE_PERCENT = Setting.between("pre-auth-refuse-percent", 0, 100, 30);
    /** Unauthenticated connections in total from which every new one is refused; at least the random refusals' start. */
    public static final Setting<Integer> PRE_AUTH_FULL = Setting.positive("pre-auth-full", 60);
    /** Each source gets one log line about its unauthenticated connections per interval, and one summary at its end. */
    public static final Setting<Duration> PRE_AUTH_LOG_INTERVAL = Setting.duration("pre-auth-log-interval", Duration.ofSeconds(10));
    /** Sources that get their own log lines in one interval; the rest share one summary. */
    public static final Setting<Integer> PRE_AUTH_LOG_SOURCES = Setting.positive("pre-auth-log-sources", 100);

    private HostSettings() {
    }
}
