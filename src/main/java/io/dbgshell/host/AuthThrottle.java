package io.dbgshell.host;

import io.dbgshell.config.Settings;
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

    AuthThrottle(Settings settings, PreAuthLimits limits, LongSupplier ticker, DoubleSupplier random) {
        this.penalties = new SourcePenalties(settings, ticker);
        this.startups = new StartupLimits(limits, random);
        this.log = new PreAuthLog(limits, LOG::info);
        this.ticker = ticker;
    }
}
