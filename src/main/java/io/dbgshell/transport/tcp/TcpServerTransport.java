package io.dbgshell.transport.tcp;

import io.dbgshell.transport.ConnectionInfo;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.PortRange;
import io.dbgshell.transport.ServerBinding;
import io.dbgshell.transport.ServerTransport;
import io.dbgshell.transport.TcpSpec;
import io.dbgshell.transport.TransportException;
import io.dbgshell.transport.TransportSpec;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.Future;

import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Listens on the first free port of a range. The same listener serves ssl, which passes its own
 * per-connection handler (the TLS layer) to {@link #bindRange}.
 */
public final class TcpServerTransport implements ServerTransport {
    private final EventLoops loops;

    public TcpServerTransport(EventLoops loops) {
        this.loops = loops;
    }

    @Override
    public ServerBinding bind(TransportSpec spec, ChannelInitializer<Channel> session) throws TransportException {
        TcpSpec tcp = (TcpSpec) spec;
        return bindRange("tcp", tcp.port(), tcp.ipv6(), channel -> null, session, tcp::boundAt);
    }

    /**
     * Binds the first free port of {@code range}.
     *
     * @param label        the protocol name connection notices show
     * @param perChannel   the transport's own handler for a new connection, placed below the session; null for none
     * @param boundSpec    the spec as bound, given the actual port
     */
    public ServerBinding bindRange(String label, PortRange range, boolean ipv6,
                                   Function<Channel, ChannelHandler> perChannel,
                                   ChannelInitializer<Channel> session, IntFunction<TransportSpec> boundSpec)
            throws TransportException {
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(loops.boss(), loops.workers())
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        channel.attr(ConnectionInfo.KEY).set(ConnectionInfo.of(label, TcpAddresses.format(channel.remoteAddress())));
                        ChannelHandler own = perChannel.apply(channel);
                        if (own != null) {
                            channel.pipeline().addLast(own);
                        }
                        channel.pipeline().addLast(session);
                    }
                });
        for (int port = range.low(); port <= range.high(); port++) {
            InetSocketAddress address = ipv6 ? new InetSocketAddress("::", port) : new InetSocketAddress(port);
            ChannelFuture bound = bootstrap.bind(address).awaitUninterruptibly();
            if (bound.isSuccess()) {
                return new Binding(bound.channel(), boundSpec.apply(port));
            }
            if (!(bound.cause() instanceof BindException)) {
                throw new TransportException("cannot listen on port " + port + ": " + bound.cause().getMessage(), bound.cause());
            }
        }
        throw new TransportException(range.isRange()
                ? "no free port in the range " + range
                : "port " + range + " is already in use");
    }

    private record Binding(Channel listener, TransportSpec spec) implements ServerBinding {
        @Override
        public Future<?> close() {
            return listener.close();
        }
    }
}
