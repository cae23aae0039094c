package io.dbgshell.transport.tls;

import io.dbgshell.security.cert.CertStores;
import io.dbgshell.transport.Protocol;
import io.dbgshell.transport.ServerBinding;
import io.dbgshell.transport.ServerTransport;
import io.dbgshell.transport.SpipeSpec;
import io.dbgshell.transport.TransportException;
import io.dbgshell.transport.TransportSpec;
import io.dbgshell.transport.pipe.NpipeServerTransport;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;

import java.time.Duration;

/**
 * The spipe server: npipe's listener (its directory, names, stale-socket reclaim, permissions and
 * kernel-verified users) with a TLS server handler below the session on every connection. As for
 * ssl, the TLS context is built before the pipe is touched, so a certificate problem stops
 * {@code .server} with one error, no socket file and nothing registered.
 */
public final class SpipeServerTransport implements ServerTransport {
    private static final String LABEL = Protocol.SPIPE.label();
    private final NpipeServerTransport pipes;
    private final CertStores stores;
    private final Duration handshakeTimeout;

    /**
     * @param stores           where {@code certuser=}/{@code machuser=} look (tests pass their own)
     * @param handshakeTimeout how long a client may take over the TLS handshake
     */
    public SpipeServerTransport(NpipeServerTransport pipes, CertStores stores, Duration handshakeTimeout) {
        this.pipes = pipes;
        this.stores = stores;
        this.handshakeTimeout = handshakeTimeout;
    }

    @Override
    public ServerBinding bind(TransportSpec spec, ChannelInitializer<Channel> session) throws TransportException {
        SpipeSpec spipe = (SpipeSpec) spec;
        TlsLayer tls = TlsLayer.forServer(spipe.proto(), spipe.cert(), stores, handshakeTimeout);
        return pipes.bindPipe(LABEL, spipe.pipe(), tls, session, spipe::withPipe);
    }
}
