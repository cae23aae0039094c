package io.dbgshell.transport.tcp;

import io.dbgshell.transport.ClientTransport;
import io.dbgshell.transport.ConnectionInfo;
import io.dbgshell.transport.EventLoops;
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

import java.util.function.Function;

/** Connects to {@code server=HOST,port=N}; ssl reuses {@link #dial} with its TLS handler. */
public final class TcpClientTransport implements ClientTransport {
    /** How long a connection attempt may take before the user is told the host does not answer. */
    public static final int CONNECT_TIMEOUT_MILLIS = 10_000;

    private final EventLoops loops;

    public TcpClientTransport(EventLoops loops) {
        this.loops = loops;
    }

    @Override
    public Channel connect(TransportSpec spec, ChannelInitializer<Channel> session) throws TransportException {
        TcpSpec tcp = (TcpSpec) spec;
        return dial("tcp", tcp.server().orElseThrow(), tcp.port().low(), channel -> null, session);
    }

    public Channel dial(String label, String host, int port, Function<Channel, ChannelHandler> perChannel,
                        ChannelInitializer<Channel> session) throws TransportException {
        ChannelFuture connected = new Bootstrap()
                .group(loops.workers())
                .channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MILLIS)
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        channel.attr(ConnectionInfo.KEY).set(ConnectionInfo.of(label, host + ":" + port));
                        ChannelHandler own = perChannel.apply(channel);
                        if (own != null) {
                            channel.pipeline().addLast(own);
                        }
                        channel.pipeline().addLast(session);
                    }
                })
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
