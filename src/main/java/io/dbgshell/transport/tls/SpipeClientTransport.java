package io.dbgshell.transport.tls;

import io.dbgshell.security.cert.CertStores;
import io.dbgshell.transport.ClientTransport;
import io.dbgshell.transport.Protocol;
import io.dbgshell.transport.SpipeSpec;
import io.dbgshell.transport.TransportException;
import io.dbgshell.transport.TransportSpec;
import io.dbgshell.transport.pipe.NpipeClientTransport;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;

import java.time.Duration;

/**
 * The spipe client: npipe's connection (this machine only) with a TLS client handler that accepts
 * only the certificate the client's own {@code certuser=}/{@code machuser=} names. Like ssl's,
 * {@link #connect} returns only after the TLS handshake succeeded.
 */
public final class SpipeClientTransport implements ClientTransport {
    private static final String LABEL = Protocol.SPIPE.label();

    private final NpipeClientTransport pipes;
    private final ClientContexts contexts;
    private final Duration handshakeTimeout;

    /**
     * @param stores           where {@code certuser=}/{@code machuser=} look (tests pass their own)
     * @param handshakeTimeout how long the TLS handshake may take once the pipe is connected
     */
    public SpipeClientTransport(NpipeClientTransport pipes, CertStores stores, Duration handshakeTimeout) {
        this.pipes = pipes;
        this.contexts = new ClientContexts(stores);
        this.handshakeTimeout = handshakeTimeout;
    }

    @Override
    public Channel connect(TransportSpec spec, ChannelInitializer<Channel> session) throws TransportException {
        SpipeSpec spipe = (SpipeSpec) spec;
        TlsLayer tls = TlsLayer.forClient(spipe.proto(), spipe.cert(), contexts, handshakeTimeout);
        return TlsLayer.handshaken(pipes.connectPipe(LABEL, spipe.server(), spipe.pipe(), tls, session));
    }
}
