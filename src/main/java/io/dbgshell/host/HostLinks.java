package io.dbgshell.host;

import io.dbgshell.config.Settings;
import io.dbgshell.session.LinkLayer;
import io.dbgshell.session.SessionLinks;
import io.dbgshell.transport.spec.TransportSpec;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * The host's side of the wire for one session: one {@link AuthThrottle} shared by all its servers,
 * and per server a {@link HostChannelInitializer} that knows that server's password and access.
 */
public final class HostLinks implements LinkLayer {
    private final PreAuthLimits limits;

    /** @param limits the caps on connections that have not authenticated yet; tests shrink them */
    public HostLinks(PreAuthLimits limits) {
        this.limits = limits;
    }

    /** With the default caps on unauthenticated connections. */
    public static HostLinks defaults() {
        return new HostLinks(PreAuthLimits.DEFAULTS);
    }

    @Override
    public Function<TransportSpec, ChannelInitializer<Channel>> open(SessionLinks session, Settings settings) {
        AuthThrottle throttle = new AuthThrottle(settings, limits, System::nanoTime,
                () -> ThreadLocalRandom.current().nextDouble());
        return spec -> new HostChannelInitializer(session, settings, throttle, spec.password(), spec.common().access());
    }
}
