package io.dbgshell.transport.tcp;

import io.dbgshell.config.Tunables;
import io.dbgshell.transport.ConnectionInfo;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.Link;
import io.dbgshell.transport.LinkInitializer;
import io.dbgshell.transport.ServerBinding;
import io.dbgshell.transport.ServerTransport;
import io.dbgshell.transport.TransportException;
import io.dbgshell.transport.spec.TransportSpec;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.Future;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.function.Function;

/**
 * Listens on the first free port of a range, or, for {@code clicon=}, dials the waiting client. ssl
 * carries its TLS layer over both as the {@link Link}'s own handler.
 */
public final class TcpServerTransport implements ServerTransport<TcpSpec> {
    private final EventLoops loops;
    private final Tunables tunables;

    /** @param tunables how reverse servers retry ({@link TcpSettings}); the longest wait is at least the first */
    public TcpServerTransport(EventLoops loops, Tunables tunables) {
        Duration first = tunables.get(TcpSettings.REVERSE_FIRST_RETRY);
        Duration longest = tunables.get(TcpSettings.REVERSE_MAX_RETRY);
        if (longest.compareTo(first) < 0) {
            throw new IllegalArgumentException(TcpSettings.REVERSE_MAX_RETRY + ": " + longest + " is below "
                    + TcpSettings.REVERSE_FIRST_RETRY + " (" + first + ")");
        }
        this.loops = loops;
        this.tunables = tunables;
    }

    @Override
    public ServerBinding bind(TcpSpec spec, Link link, Function<? super TcpSpec, ? extends TransportSpec> listed)
            throws TransportException {
        if (spec.reverse()) {
            return dialOut(spec, link, listed.apply(spec));
        }
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(loops.boss(), loops.workers())
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(TcpAddresses.linkByRemoteAddress(link));
        Channel listener = FreePort.bind(bootstrap, spec.port(), spec.ipv6());
        return new Binding(listener, listed.apply(spec.boundAt(FreePort.port(listener))));
    }

    /**
     * Starts a reverse server: dials {@code clicon:port} until the waiting client answers or the binding
     * is closed. The client's name is resolved now, so an unknown host fails here, not in the background.
     */
    private ServerBinding dialOut(TcpSpec spec, Link link, TransportSpec listed) throws TransportException {
        String client = spec.clicon().orElseThrow();
        int port = spec.port().low();
        String targetName = client + ":" + port;
        InetSocketAddress target = new InetSocketAddress(ReverseAddresses.resolve(client, spec.ipv6()).first(), port);
        LinkInitializer initializer = new LinkInitializer(channel -> ConnectionInfo.of(link.label(), targetName), link);
        ReverseDialer dialer = new ReverseDialer(loops.workers().next(), target, targetName, initializer, tunables, listed);
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
