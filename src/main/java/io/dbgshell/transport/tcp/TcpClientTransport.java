package io.dbgshell.transport.tcp;

import io.dbgshell.config.Tunables;
import io.dbgshell.transport.ClientTransport;
import io.dbgshell.transport.ConnectionInfo;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.Link;
import io.dbgshell.transport.LinkInitializer;
import io.dbgshell.transport.TransportException;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.nio.NioSocketChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Consumer;

/**
 * Connects to {@code server=HOST,port=N}, or, for {@code clicon=SERVER}, waits for that server to dial
 * in; ssl carries its TLS layer over both as the {@link Link}'s own handler.
 */
public final class TcpClientTransport implements ClientTransport<TcpSpec> {
    private static final Logger LOG = LoggerFactory.getLogger(TcpClientTransport.class);
    private final EventLoops loops;
    private final ReverseAcceptor acceptor;
    private final int connectTimeoutMillis;

    /** A transport whose waiting-for-a-reverse-connection lines go to the log only. */
    public TcpClientTransport(EventLoops loops, Tunables tunables) {
        this(loops, LOG::info, tunables);
    }

    /**
     * @param progress where status lines of a waiting reverse client go ({@code Waiting for a reverse connection ...})
     * @param tunables the connect time-out ({@link TcpSettings#CONNECT_TIMEOUT})
     */
    public TcpClientTransport(EventLoops loops, Consumer<String> progress, Tunables tunables) {
        this.loops = loops;
        this.acceptor = new ReverseAcceptor(loops, progress);
        this.connectTimeoutMillis = (int) tunables.get(TcpSettings.CONNECT_TIMEOUT).toMillis();
    }

    @Override
    public Channel connect(TcpSpec spec, Link link) throws TransportException {
        if (spec.reverse()) {
            // Waits, without time limit, until the server dials in from one of its addresses.
            return acceptor.await(ReverseAddresses.resolve(spec.clicon().orElseThrow(), false), spec.port(), spec.ipv6(),
                    TcpAddresses.linkByRemoteAddress(link));
        }
        String host = spec.server().orElseThrow();
        int port = spec.port().low();
        ChannelFuture connected = new Bootstrap()
                .group(loops.workers())
                .channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, connectTimeoutMillis)
                .handler(new LinkInitializer(channel -> ConnectionInfo.of(link.label(), host + ":" + port), link))
                .connect(host, port)
                .awaitUninterruptibly();
        if (!connected.isSuccess()) {
            Throwable cause = connected.cause();
            String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            throw new TransportException("cannot connect to " + host + ":" + port + ": " + why, cause);
        }
        return connected.channel();
    }
}
