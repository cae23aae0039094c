package io.dbgshell.security.tls;

import io.dbgshell.security.CertException;
import io.dbgshell.security.cert.CertSelector;
import io.dbgshell.security.cert.CertStores;
import io.dbgshell.security.cert.ServerCredentials;
import io.dbgshell.security.cert.StoreEntry;
import io.dbgshell.security.cert.CertRef;
import io.dbgshell.security.tls.TlsProto;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslProvider;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.SSLException;
import java.security.KeyManagementException;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Netty TLS contexts (JDK provider) for ssl, spipe and their reverse variants. The server presents the
 * certificate a {@link CertRef} names, with its key; the client accepts only a server presenting exactly
 * the certificate its own {@link CertRef} names in its own store. Every problem is found while building the
 * context, before anything listens or dials, and reported as a one-line {@link CertException}.
 */
public final class TlsContexts {
    private TlsContexts() {
    }

    public static SslContext forServer(TlsProto proto, CertRef ref, CertStores stores) throws CertException {
        return forServer(proto, ref, stores, Instant.now());
    }

    /** The server context, checking the certificate's validity at {@code now}. */
    public static SslContext forServer(TlsProto proto, CertRef ref, CertStores stores, Instant now) throws CertException {
        ServerCredentials credentials = ServerCredentials.load(stores, ref, now);
        SslContextBuilder builder = SslContextBuilder.forServer(credentials.privateKey(), credentials.entry().certificate());
        return build(builder, proto, ref);
    }

    /** The client context: it trusts exactly the certificate {@code ref} names in the client's own store. */
    public static SslContext forClient(TlsProto proto, CertRef ref, CertStores stores) throws CertException {
        StoreEntry expected = CertSelector.select(stores, ref);
        String description = "'" + expected.alias() + "' in the " + stores.store(ref.store()).label();
        PinnedServerTrustManager trust;
        try {
            trust = new PinnedServerTrustManager(expected.certificate(), description);
        } catch (CertificateEncodingException e) {
            throw new CertException("Certificate " + description + " cannot be encoded", e);
        }
        // The pinned certificate is the server's identity; a host-name check would only refuse addresses
        // the certificate does not list (an ssh tunnel's localhost, a pipe) without adding any safety.
        SslContextBuilder builder = SslContextBuilder.forClient().trustManager(trust).endpointIdentificationAlgorithm(null);
        return build(builder, proto, ref);
    }

    /** A handler for a new connection that fails the handshake (and closes) if it takes longer than {@code timeout}. */
    public static SslHandler newHandler(SslContext context, ByteBufAllocator allocator, Duration handshakeTimeout) {
        SslHandler handler = context.newHandler(allocator);
        handler.setHandshakeTimeout(handshakeTimeout.toMillis(), TimeUnit.MILLISECONDS);
        return handler;
    }

    private static SslContext build(SslContextBuilder builder, TlsProto proto, CertRef ref) throws CertException {
        List<String> protocols = availableProtocols(proto);
        try {
            return builder.sslProvider(SslProvider.JDK).protocols(protocols).build();
        } catch (SSLException e) {
            throw new CertException("Cannot set up TLS with " + ref.listing() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The protocols of {@code proto} this Java runtime allows. The JDK accepts a disabled protocol's name when
     * the context is built and refuses it only at handshake time, so it is filtered out here instead, and a
     * proto left with nothing is an error now rather than a failed handshake later.
     */
    private static List<String> availableProtocols(TlsProto proto) throws CertException {
        Set<String> enabled;
        try {
            // not SSLContext.getDefault(): that loads the JDK's CA certificates, which pinning never uses (~0.5 s)
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[0], null);
            enabled = Set.of(context.getDefaultSSLParameters().getProtocols());
        } catch (NoSuchAlgorithmException | KeyManagementException e) {
            throw new CertException("This Java runtime offers no TLS implementation", e);
        }
        List<String> available = proto.jsseProtocols().stream().filter(enabled::contains).toList();
        if (available.isEmpty()) {
            throw new CertException("proto=" + proto.label() + " needs " + String.join(" or ", proto.jsseProtocols())
                    + ", which this Java runtime has disabled (see jdk.tls.disabledAlgorithms)");
        }
        return available;
    }
}
