package io.dbgshell.transport.tcp;

import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.LinkInitializer;
import io.dbgshell.transport.spec.PortRange;
import io.dbgshell.transport.TransportException;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The waiting client of a reverse connection: listens on the first free port of its range and takes the
 * first connection that comes from the named server's addresses; connections from anywhere else are
 * closed and reported. Once one is taken the listener closes (one server per waiting client). The wait
 * has no time limit: the person ends it with Ctrl-C.
 */
final class ReverseAcceptor {
    private static final Logger LOG = LoggerFactory.getLogger(ReverseAcceptor.class);

    private final EventLoops loops;
    private final Consumer<String> progress;

    /** @param progress where the waiting client's status lines go (the console) */
    ReverseAcceptor(EventLoops loops, Consumer<String> progress) {
        this.loops = loops;
        this.progress = progress;
    }

    /** Blocks the caller until the server has dialled in; returns the link with {@code link}'s handlers. */
    Channel await(ReverseAddresses server, PortRange range, boolean ipv6, LinkInitializer link) throws TransportException {
        CompletableFuture<Channel> arrived = new CompletableFuture<>();
        AtomicBoolean taken = new AtomicBoolean();
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(loops.boss(), loops.workers())
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        InetSocketAddress peer = (InetSocketAddress) channel.remoteAddress();
                        if (!server.contains(peer.getAddress())) {
                            progress.accept("Refused a connection from " + TcpAddresses.format(peer) + ": only "
                                    + server.name() + " may connect");
                            channel.close();
                        } else if (!taken.compareAndSet(false, true)) {
                            LOG.info("closing a second connection from {}: already connected", TcpAddresses.format(peer));
                            channel.close();
                        } else {
                            channel.pipeline().addLast(link);
                            arrived.complete(channel);
                        }
                    }
                });
        Channel listener = FreePort.bind(bootstrap, range, ipv6);
        int port = FreePort.port(listener);
        listener.closeFuture().addListener(closed ->
                arrived.completeExceptionally(new IOException("port " + port + " stopped listening")));
        try {
            progress.accept("Waiting for a reverse connection from " + server.name() + " on port " + port + " ...");
            return arrived.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("interrupted while waiting for " + server.name() + " to connect");
        } catch (ExecutionException e) {
            throw new TransportException("waiting for " + server.name() + " failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            listener.close().awaitUninterruptibly();
        }
    }
}
