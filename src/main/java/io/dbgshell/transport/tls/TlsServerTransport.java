package io.dbgshell.transport.tls;

import io.dbgshell.security.cert.CertStores;
import io.dbgshell.transport.Link;
import io.dbgshell.transport.ServerBinding;
import io.dbgshell.transport.ServerTransport;
import io.dbgshell.transport.TransportException;
import io.dbgshell.transport.spec.TransportSpec;

import java.time.Duration;
import java.util.function.Function;

/**
 * The server side of ssl and spipe: its carrier's listener (tcp's, with its reverse dialer; npipe's,
 * with its names, permissions and kernel-verified users) with a TLS server handler below the session
 * on every link. The TLS context, with the certificate and its checks, is built once before anything
 * listens or dials, so a missing, expired or unsuitable certificate stops {@code .server} with one
 * error and nothing started.
 */
public final class TlsServerTransport<C extends TransportSpec> implements ServerTransport<TlsSpec<C>> {
    private final ServerTransport<C> carrier;
    private final CertStores stores;
    private final Duration handshakeTimeout;

    /**
     * @param stores           where {@code certuser=}/{@code machuser=} look (tests pass their own)
     * @param handshakeTimeout how long a client may take over the TLS handshake
     */
    public TlsServerTransport(ServerTransport<C> carrier, CertStores stores, Duration handshakeTimeout) {
        this.carrier = carrier;
        this.stores = stores;
        this.handshakeTimeout = handshakeTimeout;
    }

    @Override
    public ServerBinding bind(TlsSpec<C> spec, Link link, Function<? super TlsSpec<C>, ? extends TransportSpec> listed)
            throws TransportException {
        TlsLayer tls = TlsLayer.forServer(spec.tls(), stores, handshakeTimeout);
        return carrier.bind(spec.carrier(), new Link(link.protocol(), tls, link.session()),
                bound -> listed.apply(spec.over(bound)));
    }
}
