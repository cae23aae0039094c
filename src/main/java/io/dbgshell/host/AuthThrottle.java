package io.dbgshell.host;

import io.dbgshell.config.Tunables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * What the host does to connections before they authenticate, shared by every server of a session:
 * per-source guessing penalties ({@link SourcePenalties}), caps on unauthenticated connections per
 * source and in total ({@link StartupLimits}), and a rate-limited log of it all ({@link PreAuthLog}).
 * Each connection meets it through its {@link PreAuthGate}.
 */
final class AuthThrottle {
    private static final Logger LOG = LoggerFactory.getLogger(AuthThrottle.class);

    final SourcePenalties penalties;
    final StartupLimits startups;
    final PreAuthLog log;
    final LongSupplier ticker;

    AuthThrottle(Tunables tunables, LongSupplier ticker, DoubleSupplier random) {
        this.penalties = new SourcePenalties(tunables, ticker);
        this.startups = new StartupLimits(tunables, random);
        this.log = new PreAuthLog(tunables, LOG::info);
        this.ticker = ticker;
    }
}
