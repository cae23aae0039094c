package io.dbgshell.transport.tcp;

import java.time.Duration;

/**
 * How a reverse server dials its waiting client: the first retry comes after {@code initialDelay}, each
 * later one after twice the previous delay, never more than {@code maxDelay}; one attempt may take up to
 * {@code attemptTimeout}. Tests shrink these; everything else uses {@link #DEFAULTS}.
 */
public record ReverseSettings(Duration initialDelay, Duration maxDelay, Duration attemptTimeout) {
    /** Quick first retries (a client started a moment later), then one attempt every five seconds. */
    public static final ReverseSettings DEFAULTS =
            new ReverseSettings(Duration.ofMillis(250), Duration.ofSeconds(5), Duration.ofSeconds(10));

    public ReverseSettings {
        if (initialDelay.isNegative() || initialDelay.isZero() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initialDelay <= maxDelay");
        }
    }

    /** The delay after {@code previous}: doubled, capped at {@link #maxDelay}. */
    Duration next(Duration previous) {
        Duration doubled = previous.multipliedBy(2);
        return doubled.compareTo(maxDelay) > 0 ? maxDelay : doubled;
    }
}
