package io.dbgshell.security.tls;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.dbgshell.transport.EventLoops;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Two real Netty pipelines over 127.0.0.1: an echo server behind a server TLS context, and a client that
 * handshakes, sends a line and waits for it to come back. Each side reports the negotiated protocol or
 * its handshake failure.
 */
final class TlsPeers implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(10);

    private final EventLoops loops = new EventLoops(2);
    private final CompletableFuture<String> serverHandshake = new CompletableFuture<>();
    private Channel server;

    /** Starts the echo server; returns its port. */
    int serve(SslContext context, Duration handshakeTimeout) throws InterruptedException {
        server = new ServerBootstrap().group(loops.boss(), loops.workers()).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        SslHandler tls = TlsContexts.newHandler(context, channel.alloc(), handshakeTimeout);
                        report(tls, serverHandshake);
                        channel.pipeline().addLast(tls, new Echo());
                    }
                })
                .bind(new InetSocketAddress("127.0.0.1", 0)).sync().channel();
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    /** How the server's (first) handshake ended: the protocol, or the failure. */
    CompletableFuture<String> serverHandshake() {
        return serverHandshake;
    }

    /** Connects, handshakes, and sends {@code line}; completes with the protocol and the echoed text. */
    Exchange connect(SslContext context, int port, String line) throws InterruptedException {
        CompletableFuture<String> handshake = new CompletableFuture<>();
        CompletableFuture<String> echoed = new CompletableFuture<>();
        new Bootstrap().group(loops.workers()).channel(NioSocketChannel.class).option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        SslHandler tls = TlsContexts.newHandler(context, channel.alloc(), WAIT);
                        report(tls, handshake);
                        tls.handshakeFuture().addListener(done -> {
                            if (done.isSuccess()) {
                                channel.writeAndFlush(Unpooled.copiedBuffer(line, StandardCharsets.UTF_8));
                            }
                        });
                        channel.pipeline().addLast(tls, new Collect(line.length(), echoed));
                    }
                })
                .connect("127.0.0.1", port).sync();
        return new Exchange(handshake, echoed);
    }

    record Exchange(CompletableFuture<String> handshake, CompletableFuture<String> echoed) {
    }

    private static void report(SslHandler tls, CompletableFuture<String> outcome) {
        tls.handshakeFuture().addListener(done -> {
            if (done.isSuccess()) {
                outcome.complete(tls.engine().getSession().getProtocol());
            } else {
                outcome.completeExceptionally(done.cause());
            }
        });
    }

    /** Ends a pipeline: a failed handshake is reported through its future, so the exception only closes. */
    private abstract static class Closing extends ChannelInboundHandlerAdapter {
        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    private static final class Echo extends Closing {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ctx.writeAndFlush(msg);
        }
    }

    private static final class Collect extends Closing {
        private final StringBuilder text = new StringBuilder();
        private final int expected;
        private final CompletableFuture<String> done;

        Collect(int expected, CompletableFuture<String> done) {
            this.expected = expected;
            this.done = done;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf bytes = (ByteBuf) msg;
            try {
                text.append(bytes.toString(StandardCharsets.UTF_8));
            } finally {
                bytes.release();
            }
            if (text.length() >= expected) {
                done.complete(text.toString());
                ctx.close();
            }
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.close().awaitUninterruptibly(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }
        loops.close();
    }
}
