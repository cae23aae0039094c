package io.dbgshell.host;

import io.dbgshell.config.Tunables;
import io.dbgshell.protocol.ProtocolSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class SourcePenaltiesTest {
    private static final int SOURCES = 1000;
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final SourcePenalties penalties = new SourcePenalties(Tunables.DEFAULTS
            .with(HostSettings.AUTH_FAILURE_BASE_DELAY, Duration.ofSeconds(1))
            .with(HostSettings.AUTH_FAILURE_MAX_DELAY, Duration.ofSeconds(8))
            .with(ProtocolSettings.HANDSHAKE_TIMEOUT, Duration.ofSeconds(10))
            .with(HostSettings.PENALIZED_SOURCES, SOURCES), now::get);

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    @Test
    void wrongAnswersAreHeldTwiceAsLongPerFailureUpToTheCapAndOnlyForThatSource() {
        long[] expected = {1000, 2000, 4000, 8000, 8000};
        for (long hold : expected) {
            assertThat(millis(penalties.failed("address 10.0.0.1"))).isEqualTo(hold);
        }
        assertThat(penalties.reserveGreeting("address 10.0.0.2")).isZero();
    }

    @Test
    void parallelConnectionsFromOneSourceAreGreetedOneDelayApartNotAllAtOnce() {
        penalties.failed("s");
        penalties.failed("s");            // two failures: greetings 2 s apart
        assertThat(millis(penalties.reserveGreeting("s"))).isEqualTo(2000);
        assertThat(millis(penalties.reserveGreeting("s"))).isEqualTo(4000);
        assertThat(millis(penalties.reserveGreeting("s"))).isEqualTo(6000);
        now.addAndGet(TimeUnit.SECONDS.toNanos(6));
        assertThat(millis(penalties.reserveGreeting("s"))).isEqualTo(2000);
    }

    @Test
    void aGreetingBeyondTheHandshakeDeadlineIsRefusedAndReservesNothing() {
        for (int i = 0; i < 5; i++) {
            penalties.failed("s");        // 8 s apart
        }
        assertThat(millis(penalties.reserveGreeting("s"))).isEqualTo(8000);
        assertThat(penalties.reserveGreeting("s")).isEqualTo(-1);
        now.addAndGet(TimeUnit.SECONDS.toNanos(8));
        assertThat(millis(penalties.reserveGreeting("s"))).isEqualTo(8000);
    }

    @Test
    void successAndAQuietMinuteForgetASource() {
        penalties.failed("a");
        penalties.succeeded("a");
        assertThat(penalties.reserveGreeting("a")).isZero();

        penalties.failed("b");
        now.addAndGet(Duration.ofMinutes(1).plusMillis(1).toNanos());
        assertThat(penalties.reserveGreeting("b")).isZero();
    }

    @Test
    void aFloodOfSourcesCannotGrowTheTableWithoutBound() {
        for (int i = 0; i < SOURCES + 500; i++) {
            penalties.failed("addr" + i);
        }
        assertThat(penalties.reserveGreeting("addr0")).isZero();
        assertThat(penalties.reserveGreeting("addr" + (SOURCES + 499))).isPositive();
    }
}
