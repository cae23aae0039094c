package io.dbgshell.transport.tls;

import io.dbgshell.security.cert.CertStores;
import io.dbgshell.transport.Protocol;
import io.dbgshell.transport.ServerBinding;
import io.dbgshell.transport.ServerTransport;
import io.dbgshell.transport.SslSpec;
import io.dbgshell.transport.TransportException;
import io.dbgshell.transport.TransportSpec;
import io.dbgshell.transport.tcp.TcpServerTransport;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;

import java.time.Duration;

/**
 * The ssl server: tcp's listener (or, with {@code clicon=}, its reverse dialer) with a TLS server
 * handler below the session on every link. The TLS context, with the certificate and its checks, is
 * built once before anything listens or dials, so a missing, expired or unsuitable certificate stops
 * {@code .server} with one error and nothing started.
 */
public final class SslServerTransport implements ServerTransport {
    private static final String LABEL = Protocol.SSL.label();
    private final TcpServerTransport tcp;
    private final CertStores stores;
    private final Duration handshakeTimeout;

    /**
     * @param stores           where {@code certuser=}/{@code machuser=} look (tests pass their own)
     * @param handshakeTimeout how long a client may take over the TLS handshake
     */
    public SslServerTransport(TcpServerTransport tcp, CertStores stores, Duration handshakeTimeout) {
        this.tcp = tcp;
        this.stores = stores;
        this.handshakeTimeout = handshakeTimeout;
    }

    @Override
    public ServerBinding bind(TransportSpec spec, ChannelInitializer<Channel> session) throws TransportException {
        SslSpec ssl = (SslSpec) spec;
        TlsLayer tls = TlsLayer.forServer(ssl.proto(), ssl.cert(), stores, handshakeTimeout);
        if (ssl.reverse()) {
            return tcp.dialOut(LABEL, ssl.clicon().orElseThrow(), ssl.port().low(), false, tls, session, ssl);
        }
        return tcp.bindRange(LABEL, ssl.port(), false, tls, session, ssl::boundAt);
    }
}
