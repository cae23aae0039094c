package io.dbgshell.session;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class SessionDatesTest {
    @Test
    void theDayIsZeroPaddedAndNamesAreEnglishWhateverTheLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            Instant instant = Instant.parse("2002-03-04T16:05:21Z");
            assertThat(SessionDates.format(instant, ZoneOffset.UTC)).isEqualTo("Mon Mar 04 16:05:21 2002");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void theHostsZoneIsUsed() {
        Instant instant = Instant.parse("2026-11-21T23:30:00Z");
        assertThat(SessionDates.format(instant, ZoneId.of("Asia/Tokyo"))).isEqualTo("Sun Nov 22 08:30:00 2026");
    }
}
