package io.dbgshell.session;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The date format of {@code .clients} and join notices: {@code Mon Mar 04 16:05:21 2002}, local time, English names. */
public final class SessionDates {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss yyyy", Locale.ENGLISH);

    private SessionDates() {
    }

    public static String format(Instant instant, ZoneId zone) {
        return FORMAT.format(instant.atZone(zone));
    }
}
