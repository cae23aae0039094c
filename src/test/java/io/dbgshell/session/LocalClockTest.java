package io.dbgshell.session;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The session's default clock reads as {@link Clock#systemDefaultZone()} does. */
class LocalClockTest {
    @Test
    void readsTheSystemClockInThisMachinesZone() {
        Clock clock = new LocalClock();
        Instant before = Instant.now();
        Instant read = clock.instant();
        long millis = clock.millis();

        assertThat(clock.getZone()).isEqualTo(ZoneId.systemDefault());
        assertThat(read).isBetween(before, Instant.now());
        assertThat(millis).isBetween(before.toEpochMilli(), System.currentTimeMillis());
        assertThat(clock.withZone(ZoneOffset.UTC).getZone()).isEqualTo(ZoneOffset.UTC);
    }
}
