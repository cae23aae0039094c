package io.dbgshell.transport.tls;

import io.dbgshell.security.CertException;
import io.dbgshell.security.cert.CertStores;
import io.dbgshell.security.tls.TlsContexts;
import io.dbgshell.security.tls.TlsFailures;
import io.dbgshell.transport.TransportException;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.concurrent.Future;

import java.time.Duration;
import java.util.function.Function;

/**
 * The TLS handler ssl and spipe put below the session on every link, whatever carries it (tcp or a pipe).
 * Its context is built before the layer is made, so every certificate problem surfaces there as one
 * {@link TransportException}, before anything listens or dials.
 */
final class TlsLayer implements Function<Channel, ChannelHandler> {
    private final SslContext context;
    private final Duration handshakeTimeout;

    TlsLayer(SslContext context, Duration handshakeTimeout) {
        this.context = context;
        this.handshakeTimeout = handshakeTimeout;
    }

    /** The server side: presents the certificate {@code tls} names. */
    static TlsLayer forServer(TlsIdentity tls, CertStores stores, Duration handshakeTimeout) throws TransportException {
        try {
            return new TlsLayer(TlsContexts.forServer(tls.proto(), tls.cert(), stores), handshakeTimeout);
        } catch (CertException e) {
            throw new TransportException(e.getMessage(), e);
        }
    }

    @Override
    public ChannelHandler apply(Channel channel) {
        return TlsContexts.newHandler(context, channel.alloc(), handshakeTimeout);
    }

    /**
     * Blocks until the TLS handshake of a client {@code link} has finished, so that a refused certificate
     * reaches the user as one line rather than as a closed connection; closes the link if it failed.
     */
    static Channel handshaken(Channel link) throws TransportException {
        Future<Channel> handshake = link.pipeline().get(SslHandler.class).handshakeFuture().awaitUninterruptibly();
        if (!handshake.isSuccess()) {
            link.close();
            throw new TransportException(TlsFailures.describe(handshake.cause()), handshake.cause());
        }
        return link;
    }
}
