package io.dbgshell.transport.tls;

import io.dbgshell.security.CertException;
import io.dbgshell.security.cert.CertStores;
import io.dbgshell.security.tls.TlsContexts;
import io.dbgshell.security.tls.TlsFailures;
import io.dbgshell.transport.ClientTransport;
import io.dbgshell.transport.Link;
import io.dbgshell.transport.TransportException;
import io.dbgshell.transport.spec.TransportSpec;
import io.netty.channel.Channel;
import io.netty.handler.ssl.SslContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The client side of ssl and spipe: its carrier's connection (tcp's, or its wait for the server to dial
 * in; npipe's, on this machine only) with a TLS client handler that accepts only the certificate the
 * client's own {@code certuser=}/{@code machuser=} names. {@link #connect} returns only after the TLS
 * handshake succeeded, so a refused certificate or any other TLS failure reaches the user as one line
 * from {@link TlsFailures}, never as a closed connection.
 *
 * <p>Contexts are built once per protocol, certificate and version of the store file: reading and
 * checking the PKCS#12 store and setting up JSSE cost several milliseconds, more than the handshake
 * itself. A store changed on disk (a certificate imported) gives a fresh context.
 */
public final class TlsClientTransport<C extends TransportSpec> implements ClientTransport<TlsSpec<C>> {
    private record Key(TlsIdentity tls, long storeModified) {
    }

    private final ClientTransport<C> carrier;
    private final CertStores stores;
    private final Duration handshakeTimeout;
    private final ConcurrentMap<Key, SslContext> built = new ConcurrentHashMap<>();

    /**
     * @param stores           where {@code certuser=}/{@code machuser=} look (tests pass their own)
     * @param handshakeTimeout how long the TLS handshake may take once the link is up
     */
    public TlsClientTransport(ClientTransport<C> carrier, CertStores stores, Duration handshakeTimeout) {
        this.carrier = carrier;
        this.stores = stores;
        this.handshakeTimeout = handshakeTimeout;
    }

    @Override
    public Channel connect(TlsSpec<C> spec, Link link) throws TransportException {
        TlsLayer tls = new TlsLayer(context(spec.tls()), handshakeTimeout);
        return TlsLayer.handshaken(carrier.connect(spec.carrier(), new Link(link.protocol(), tls, link.session())));
    }

    private SslContext context(TlsIdentity tls) throws TransportException {
        Key key = new Key(tls, modified(stores.store(tls.cert().store()).file()));
        SslContext context = built.get(key);
        if (context == null) {
            try {
                context = TlsContexts.forClient(tls.proto(), tls.cert(), stores);
            } catch (CertException e) {
                throw new TransportException(e.getMessage(), e);
            }
            built.put(key, context);
        }
        return context;
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return -1; // no store yet: building the context reports that
        }
    }
}
