package io.dbgshell.transport.tcp;

import io.dbgshell.transport.ClientTransport;
import io.dbgshell.transport.ConnectionInfo;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.LinkInitializer;
import io.dbgshell.transport.PortRange;
import io.dbgshell.transport.TcpSpec;
import io.dbgshell.transport.TransportException;
import io.dbgshell.transport.TransportSpec;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.nio.NioSocketChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Connects to {@code server=HOST,port=N}, or, for {@code clicon=SERVER}, waits for that server to dial
 * in; ssl reuses {@link #dial} and {@link #awaitDialIn} with its TLS handler.
 */
public final class TcpClientTransport implements ClientTransport {
    private static final Logger LOG = LoggerFactory.getLogger(TcpClientTransport.class);
    /** How long a connection attempt may take before the user is told the host does not answer. */
    public static final int CONNECT_TIMEOUT_MILLIS = 10_000;

    private final EventLoops loops;
    private final ReverseAcceptor acceptor;

    /** A transport whose waiting-for-a-reverse-connection lines go to the log only. */
    public TcpClientTransport(EventLoops loops) {
        this(loops, LOG::info);
    }

    /** @param progress where status lines of a waiting reverse client go ({@code Waiting for a reverse connection ...}) */
    public TcpClientTransport(EventLoops loops, Consumer<String> progress) {
        this.loops = loops;
        this.acceptor = new ReverseAcceptor(loops, progress);
    }

    @Override
    public Channel connect(TransportSpec spec, ChannelInitializer<Channel> session) throws TransportException {
        TcpSpec tcp = (TcpSpec) spec;
        if (tcp.reverse()) {
            return awaitDialIn("tcp", tcp.clicon().orElseThrow(), tcp.port(), tcp.ipv6(), channel -> null, session);
        }
        return dial("tcp", tcp.server().orElseThrow(), tcp.port().low(), channel -> null, session);
    }

    public Channel dial(String label, String host, int port, Function<Channel, ChannelHandler> perChannel,
                        ChannelInitializer<Channel> session) throws TransportException {
        ChannelFuture connected = new Bootstrap()
                .group(loops.workers())
                .channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MILLIS)
                .handler(new LinkInitializer(channel -> ConnectionInfo.of(label, host + ":" + port), perChannel, session))
                .connect(host, port)
                .awaitUninterruptibly();
        if (!connected.isSuccess()) {
            Throwable cause = connected.cause();
            String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            throw new TransportException("cannot connect to " + host + ":" + port + ": " + why, cause);
        }
        return connected.channel();
    }

    /**
     * The waiting side of a reverse connection: listens on the first free port of {@code range} and blocks
     * the caller, without time limit, until {@code server} dials in from one of its addresses.
     */
    public Channel awaitDialIn(String label, String server, PortRange range, boolean ipv6,
                               Function<Channel, ChannelHandler> perChannel, ChannelInitializer<Channel> session)
            throws TransportException {
        return acceptor.await(ReverseAddresses.resolve(server, false), range, ipv6,
                TcpAddresses.linkByRemoteAddress(label, perChannel, session));
    }
}
