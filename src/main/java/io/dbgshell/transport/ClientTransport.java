package io.dbgshell.transport;

import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;

/** Opens the client side of one protocol; {@code session} adds the shared protocol handlers above the transport's own. */
public interface ClientTransport {

    /**
     * Connects (or, for {@code clicon}, waits for the server to dial in), blocking the caller until
     * the byte stream is up.
     *
     * @throws TransportException with a one-line message naming the host, port, pipe or device
     */
    Channel connect(TransportSpec spec, ChannelInitializer<Channel> session) throws TransportException;
}
