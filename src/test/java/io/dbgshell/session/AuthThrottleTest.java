package io.dbgshell.session;

import io.dbgshell.config.Settings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class AuthThrottleTest {
    private final AtomicLong now = new AtomicLong();
    private final AuthThrottle throttle = new AuthThrottle(
            Settings.DEFAULTS.withAuthFailureDelays(Duration.ofMillis(250), Duration.ofSeconds(8)), now::get);

    @Test
    void delaysDoublePerFailureUpToTheCapAndOnlyForThatAddress() {
        assertThat(throttle.delayMillis("tcp 10.0.0.1")).isZero();
        long[] expected = {250, 500, 1000, 2000, 4000, 8000, 8000};
        for (long delay : expected) {
            throttle.failed("tcp 10.0.0.1");
            assertThat(throttle.delayMillis("tcp 10.0.0.1")).isEqualTo(delay);
        }
        assertThat(throttle.delayMillis("tcp 10.0.0.2")).isZero();
    }

    @Test
    void successAndAQuietMinuteForgetFailures() {
        throttle.failed("a");
        throttle.succeeded("a");
        assertThat(throttle.delayMillis("a")).isZero();

        throttle.failed("b");
        now.addAndGet(Duration.ofMinutes(1).plusMillis(1).toNanos());
        assertThat(throttle.delayMillis("b")).isZero();
    }

    @Test
    void aFloodOfAddressesCannotGrowTheTableWithoutBound() {
        for (int i = 0; i < AuthThrottle.MAX_ADDRESSES + 500; i++) {
            throttle.failed("addr" + i);
        }
        assertThat(throttle.delayMillis("addr0")).isZero();
        assertThat(throttle.delayMillis("addr" + (AuthThrottle.MAX_ADDRESSES + 499))).isPositive();
    }
}
