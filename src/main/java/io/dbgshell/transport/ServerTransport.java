package io.dbgshell.transport;

import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;

/**
 * Listens for one server spec of its protocol. Each accepted connection gets the transport's own
 * handlers (TLS, serial framing...) and {@link ConnectionInfo}, then {@code session}, the
 * initializer shared by every transport, which adds the protocol and session handlers.
 */
public interface ServerTransport {

    /**
     * Binds, blocking the caller until listening (never call on an event loop).
     *
     * @throws TransportException with a one-line message naming the port, pipe or device
     */
    ServerBinding bind(TransportSpec spec, ChannelInitializer<Channel> session) throws TransportException;
}
