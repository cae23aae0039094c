package io.dbgshell.transport.tls;

import io.dbgshell.testing.TestTransports;
import io.dbgshell.security.tls.TlsContexts;
import io.dbgshell.transport.EventLoops;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.nio.NioDomainSocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;

/**
 * Lets plaintext test tools ({@code RawLink}) talk to an ssl or spipe server: each plain connection to
 * {@link #address()} gets its own real TLS connection to the server (a pinned client context), and bytes
 * are relayed both ways one read at a time, so a plain peer that stops reading stalls the TLS side too.
 */
public final class TlsUnwrapProxy implements AutoCloseable {
    private final Channel listener;

    /** For an ssl server on this machine's {@code serverPort}. */
    public TlsUnwrapProxy(EventLoops loops, SslContext clientContext, int serverPort) throws InterruptedException {
        this(loops, clientContext, new InetSocketAddress(InetAddress.getLoopbackAddress(), serverPort));
    }

    /** For a server at {@code server}: a tcp address (ssl) or a {@link UnixDomainSocketAddress} (spipe). */
    public TlsUnwrapProxy(EventLoops loops, SslContext clientContext, SocketAddress server) throws InterruptedException {
        listener = new ServerBootstrap().group(loops.boss(), loops.workers()).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.AUTO_READ, false)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel plain) {
                        plain.pipeline().addLast(new Front(clientContext, server));
                    }
                })
                .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).sync().channel();
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) listener.localAddress();
    }

    @Override
    public void close() {
        listener.close().awaitUninterruptibly();
    }

    /** Relays what one side reads to the other, reading again only once the write has left. */
    private static class Relay extends ChannelInboundHandlerAdapter {
        protected volatile Channel other;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            other.writeAndFlush(msg).addListener((ChannelFutureListener) written -> {
                if (written.isSuccess()) {
                    ctx.channel().read();
                } else {
                    written.channel().close();
                    ctx.close();
                }
            });
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (other != null && other.isActive()) {
                other.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    private static final class Front extends Relay {
        private final SslContext context;
        private final SocketAddress server;

        Front(SslContext context, SocketAddress server) {
            this.context = context;
            this.server = server;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            Channel plain = ctx.channel();
            Relay back = new Relay();
            back.other = plain;
            new Bootstrap().group(plain.eventLoop())
                    .channel(server instanceof UnixDomainSocketAddress ? NioDomainSocketChannel.class : NioSocketChannel.class)
                    .option(ChannelOption.AUTO_READ, false)
                    .handler(new ChannelInitializer<Channel>() {
                        @Override
                        protected void initChannel(Channel tls) {
                            tls.pipeline().addLast(TlsContexts.newHandler(context, tls.alloc(), TestTransports.HANDSHAKE), back);
                        }
                    })
                    .connect(server)
                    .addListener((ChannelFutureListener) connected -> {
                        if (connected.isSuccess()) {
                            other = connected.channel();
                            other.read();
                            plain.read();
                        } else {
                            plain.close();
                        }
                    });
        }
    }
}
