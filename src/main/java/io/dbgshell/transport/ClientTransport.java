package io.dbgshell.transport;

import io.dbgshell.transport.spec.TransportSpec;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;

/** Opens the client side of one protocol; the {@link Link}'s layers go above the transport's own. */
public interface ClientTransport<S extends TransportSpec> {

    /**
     * Connects (or, for {@code clicon}, waits for the server to dial in), blocking the caller until
     * the byte stream is up.
     *
     * @throws TransportException with a one-line message naming the host, port, pipe or device
     */
    Channel connect(S spec, Link link) throws TransportException;

    /** Connects with only the session above the carrier. */
    default Channel connect(S spec, ChannelInitializer<Channel> session) throws TransportException {
        return connect(spec, Link.plain(spec.protocol(), session));
    }
}
