package io.dbgshell.transport.tcp;

import io.dbgshell.transport.ConnectionInfo;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.LinkInitializer;
import io.dbgshell.transport.PortRange;
import io.dbgshell.transport.ServerBinding;
import io.dbgshell.transport.ServerTransport;
import io.dbgshell.transport.TcpSpec;
import io.dbgshell.transport.TransportException;
import io.dbgshell.transport.TransportSpec;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.Future;

import java.net.InetSocketAddress;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Listens on the first free port of a range, or, for {@code clicon=}, dials the waiting client. ssl
 * reuses both through {@link #bindRange} and {@link #dialOut}, passing its own per-connection handler
 * (the TLS layer).
 */
public final class TcpServerTransport implements ServerTransport {
    private final EventLoops loops;
    private final ReverseSettings reverse;

    public TcpServerTransport(EventLoops loops) {
        this(loops, ReverseSettings.DEFAULTS);
    }

    /** @param reverse how reverse servers retry (tests shrink it) */
    public TcpServerTransport(EventLoops loops, ReverseSettings reverse) {
        this.loops = loops;
        this.reverse = reverse;
    }

    @Override
    public ServerBinding bind(TransportSpec spec, ChannelInitializer<Channel> session) throws TransportException {
        TcpSpec tcp = (TcpSpec) spec;
        if (tcp.reverse()) {
            return dialOut("tcp", tcp.clicon().orElseThrow(), tcp.port().low(), tcp.ipv6(), channel -> null, session, tcp);
        }
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
                .childHandler(TcpAddresses.linkByRemoteAddress(label, perChannel, session));
        Channel listener = FreePort.bind(bootstrap, range, ipv6);
        return new Binding(listener, boundSpec.apply(FreePort.port(listener)));
    }

    /**
     * Starts a reverse server: dials {@code client:port} until the waiting client answers or the binding
     * is closed. The client's name is resolved now, so an unknown host fails here, not in the background.
     *
     * @param ipv6 dial the client's IPv6 address
     * @param spec the server's spec, as listings show it
     */
    public ServerBinding dialOut(String label, String client, int port, boolean ipv6,
                                 Function<Channel, ChannelHandler> perChannel, ChannelInitializer<Channel> session,
                                 TransportSpec spec) throws TransportException {
        String targetName = client + ":" + port;
        InetSocketAddress target = new InetSocketAddress(ReverseAddresses.resolve(client, ipv6).first(), port);
        LinkInitializer link = new LinkInitializer(channel -> ConnectionInfo.of(label, targetName), perChannel, session);
        ReverseDialer dialer = new ReverseDialer(loops.workers().next(), target, targetName, link, reverse, spec);
        dialer.start();
        return dialer;
    }

    private record Binding(Channel listener, TransportSpec spec) implements ServerBinding {
        @Override
        public Future<?> close() {
            return listener.close();
        }
    }
}
