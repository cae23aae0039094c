package io.dbgshell.session;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock in this machine's time zone, as {@link Clock#systemDefaultZone()} is, except that
 * the zone is looked up when first asked for (a listing, a join notice). Looking it up reads the
 * time zone database and scans the jar for zone rule providers, about 20 ms that a host which only
 * reads instants before its first prompt need not spend.
 */
final class LocalClock extends Clock {
    private volatile ZoneId zone;

    @Override
    public ZoneId getZone() {
        ZoneId known = zone;
        if (known == null) {
            known = ZoneId.systemDefault();
            zone = known;
        }
        return known;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.system(other);
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }
}
