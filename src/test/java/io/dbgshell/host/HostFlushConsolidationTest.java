package io.dbgshell.host;

import io.dbgshell.command.builtin.BuiltinCommands;
import io.dbgshell.config.Tunables;
import io.dbgshell.protocol.Frame;
import io.dbgshell.session.Session;
import io.dbgshell.session.SessionLinks;
import io.dbgshell.transport.spec.ServerAccess;
import io.dbgshell.transport.Transports;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Frames the host sends outside a read (fan-out from the session thread) are flushed together once
 * the event loop has run the tasks queued so far: a burst costs one write per client, not one per frame.
 */
class HostFlushConsolidationTest {
    @Test
    void aFlushOutsideAReadWaitsForTheLoopsPendingTasks() throws Exception {
        CompletableFuture<SessionLinks> links = new CompletableFuture<>();
        Session session = Session.builder().tunables(Tunables.DEFAULTS).transports(new Transports())
                .commands(BuiltinCommands.registry()).links((opened, settings) -> {
                    links.complete(opened);
                    return new HostLinks().open(opened, settings);
                }).build();
        EventLoopGroup loop = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        CompletableFuture<Channel> accepted = new CompletableFuture<>();
        HostChannelInitializer host = new HostChannelInitializer(links.join(), Tunables.DEFAULTS,
                new AuthThrottle(Tunables.DEFAULTS, System::nanoTime, () -> 0.5), Optional.empty(), ServerAccess.DEFAULT);
        try {
            Channel listener = new ServerBootstrap().group(loop).channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<>() {
                        @Override
                        protected void initChannel(Channel channel) {
                            channel.pipeline().addLast(host);
                            accepted.complete(channel);
                        }
                    }).bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).sync().channel();
            try (SocketChannel client = SocketChannel.open(listener.localAddress())) {
                Channel channel = accepted.get(5, TimeUnit.SECONDS);
                long[] pending = new long[2];
                channel.eventLoop().submit(() -> {
                    // as RemoteParticipant does for a command's echo line and then its output, each flushed
                    channel.writeAndFlush(new Frame.Output("dbg> .echo x\n"));
                    channel.writeAndFlush(new Frame.Output("x\n"));
                    pending[0] = channel.unsafe().outboundBuffer().totalPendingWriteBytes();
                }).sync();
                channel.eventLoop().submit(() -> {
                    pending[1] = channel.unsafe().outboundBuffer().totalPendingWriteBytes();
                }).sync();

                assertThat(pending[0]).as("both frames wait for the loop's pending tasks").isPositive();
                assertThat(pending[1]).as("then leave together").isZero();
                assertThat(client.isConnected()).isTrue();
            }
            listener.close().sync();
        } finally {
            session.end("over");
            loop.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        }
    }
}
