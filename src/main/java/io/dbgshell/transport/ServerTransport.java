package io.dbgshell.transport;

import io.dbgshell.transport.spec.TransportSpec;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;

import java.util.function.Function;

/**
 * Listens for one server spec of its protocol. Each accepted connection gets the transport's own
 * handlers (serial framing...), its {@link ConnectionInfo} and the {@link Link}'s layers above.
 * A transport may carry another (TLS over tcp or a pipe) by binding it with its own layer.
 */
public interface ServerTransport<S extends TransportSpec> {

    /**
     * Binds, blocking the caller until listening (never call on an event loop).
     *
     * @param listed the spec listings show, given {@code spec} as bound (its actual port or pipe name);
     *               a wrapping transport gives its own spec back
     * @throws TransportException with a one-line message naming the port, pipe or device
     */
    ServerBinding bind(S spec, Link link, Function<? super S, ? extends TransportSpec> listed) throws TransportException;

    /** Binds {@code spec} with only the session above the carrier. */
    default ServerBinding bind(S spec, ChannelInitializer<Channel> session) throws TransportException {
        return bind(spec, Link.plain(spec.protocol(), session), bound -> bound);
    }
}
