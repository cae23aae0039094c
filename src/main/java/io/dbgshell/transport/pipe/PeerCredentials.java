package io.dbgshell.transport.pipe;

import io.netty.channel.Channel;
import io.netty.channel.socket.nio.NioChannelOption;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * The user on the other end of an accepted Unix-domain connection, as the kernel records it
 * ({@code SO_PEERCRED}), so that a client cannot claim to be someone else.
 */
final class PeerCredentials {
    private static final Logger LOG = LoggerFactory.getLogger(PeerCredentials.class);

    private PeerCredentials() {
    }

    /** The peer's user name (its numeric id where the user has no name); empty if the kernel would not say. */
    static Optional<String> user(Channel channel) {
        try {
            UnixDomainPrincipal peer = channel.config().getOption(NioChannelOption.of(ExtendedSocketOptions.SO_PEERCRED));
            return Optional.ofNullable(peer).map(p -> p.user().getName());
        } catch (RuntimeException e) {
            LOG.warn("cannot read the peer credentials of {}", channel, e);
            return Optional.empty();
        }
    }
}
