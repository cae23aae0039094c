package io.dbgshell.transport.tls;

import io.dbgshell.security.cert.CertStores;
import io.dbgshell.security.tls.TlsFailures;
import io.dbgshell.transport.ClientTransport;
import io.dbgshell.transport.Protocol;
import io.dbgshell.transport.SslSpec;
import io.dbgshell.transport.TransportException;
import io.dbgshell.transport.TransportSpec;
import io.dbgshell.transport.tcp.TcpClientTransport;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;

import java.time.Duration;

/**
 * The ssl client: tcp's connection (or, with {@code clicon=}, its wait for the server to dial in) with a
 * TLS client handler that accepts only the certificate the client's own {@code certuser=}/{@code machuser=}
 * names. {@link #connect} returns only after the TLS handshake succeeded, so a refused certificate or any
 * other TLS failure reaches the user as one line from {@link TlsFailures}, never as a closed connection.
 */
public final class SslClientTransport implements ClientTransport {
    private static final String LABEL = Protocol.SSL.label();

    private final TcpClientTransport tcp;
    private final ClientContexts contexts;
    private final Duration handshakeTimeout;

    /**
     * @param stores           where {@code certuser=}/{@code machuser=} look (tests pass their own)
     * @param handshakeTimeout how long the TLS handshake may take once the link is up
     */
    public SslClientTransport(TcpClientTransport tcp, CertStores stores, Duration handshakeTimeout) {
        this.tcp = tcp;
        this.contexts = new ClientContexts(stores);
        this.handshakeTimeout = handshakeTimeout;
    }

    @Override
    public Channel connect(TransportSpec spec, ChannelInitializer<Channel> session) throws TransportException {
        SslSpec ssl = (SslSpec) spec;
        TlsLayer tls = TlsLayer.forClient(ssl.proto(), ssl.cert(), contexts, handshakeTimeout);
        Channel link = ssl.reverse()
                ? tcp.awaitDialIn(LABEL, ssl.clicon().orElseThrow(), ssl.port(), false, tls, session)
                : tcp.dial(LABEL, ssl.server().orElseThrow(), ssl.port().low(), tls, session);
        return TlsLayer.handshaken(link);
    }
}
