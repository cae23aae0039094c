package io.dbgshell.host;

import io.dbgshell.config.Tunables;
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

    /** Its bounds and delays are the session's {@link HostSettings} and {@link io.dbgshell.protocol.ProtocolSettings}. */
    @Override
    public Function<TransportSpec, ChannelInitializer<Channel>> open(SessionLinks session, Tunables tunables) {
        AuthThrottle throttle = new AuthThrottle(tunables, System::nanoTime,
                () -> ThreadLocalRandom.current().nextDouble());
        return spec -> new HostChannelInitializer(session, tunables, throttle, spec.password(), spec.common().access());
    }
}
