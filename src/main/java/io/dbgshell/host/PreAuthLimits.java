package io.dbgshell.host;

import java.time.Duration;

/**
 * Bounds on connections that have not authenticated yet, after OpenSSH's {@code MaxStartups} and
 * {@code PerSourceMaxStartups}. A "source" is {@link io.dbgshell.transport.ConnectionInfo#source()}.
 * Tests shrink what they need with the {@code with...} methods.
 *
 * @param perSource          unauthenticated connections one source may hold at once; one more is
 *                           refused at once. Also bounds how many guesses a source gets in before
 *                           its first failure is known; three sources at their cap stay below
 *                           {@code refuseFrom}
 * @param refuseFrom         unauthenticated connections in total from which new ones are refused at
 *                           random, with probability {@code refusePercent} rising linearly to 100 %
 * @param refusePercent      the chance of refusal at {@code refuseFrom}
 * @param full               unauthenticated connections in total from which every new one is refused
 * @param logInterval        each source gets one log line about its unauthenticated connections per
 *                           interval, and one summary of what else it did at the interval's end
 * @param logSources         sources that get their own lines in one interval; the rest share one summary
 */
public record PreAuthLimits(int perSource, int refuseFrom, int refusePercent, int full, Duration logInterval,
                            int logSources) {

    public static final PreAuthLimits DEFAULTS = new PreAuthLimits(8, 30, 30, 60, Duration.ofSeconds(10), 100);

    public PreAuthLimits {
        if (perSource < 1 || refuseFrom < 1 || full < refuseFrom || refusePercent < 0 || refusePercent > 100
                || logSources < 1 || logInterval.isNegative() || logInterval.isZero()) {
            throw new IllegalArgumentException("inconsistent pre-authentication limits");
        }
    }

    public PreAuthLimits withPerSource(int value) {
        return new PreAuthLimits(value, refuseFrom, refusePercent, full, logInterval, logSources);
    }

    public PreAuthLimits withTotal(int refuseFromValue, int refusePercentValue, int fullValue) {
        return new PreAuthLimits(perSource, refuseFromValue, refusePercentValue, fullValue, logInterval, logSources);
    }

    public PreAuthLimits withLog(Duration interval, int sources) {
        return new PreAuthLimits(perSource, refuseFrom, refusePercent, full, interval, sources);
    }
}
