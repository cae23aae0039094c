package io.dbgshell.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A reference point for the round trip, not the target's baseline: the same request and reply
 * between a Netty client and a Netty server on their own event loops (sized like dbgshell's), the
 * request sent from a caller thread and the reply stamped on the client's event loop, exactly as
 * the dbgshell client is driven. It has every thread hand-off of dbgshell's round trip but the
 * session thread's, so it separates what Netty's threading costs from what the session adds.
 */
final class NettyPingPong implements AutoCloseable, RoundTripBench.RoundTrip {
    private final EventLoopGroup serverLoops = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    private final EventLoopGroup clientLoops = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    private final BlockingQueue<Long> replies = new LinkedBlockingQueue<>();
    private final Channel listener;
    private final Channel client;
    private final byte[] request;
    private final int replyBytes;

    NettyPingPong(int requestBytes, int replyBytes) throws InterruptedException {
        this.request = new byte[requestBytes];
        this.replyBytes = replyBytes;
        listener = new ServerBootstrap().group(serverLoops).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new Pong()).bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).sync().channel();
        client = new Bootstrap().group(clientLoops).channel(NioSocketChannel.class).option(ChannelOption.TCP_NODELAY, true)
                .handler(new Ping()).connect(listener.localAddress()).sync().channel();
    }

    @Override
    public long roundTrip() {
        long start = System.nanoTime();
        client.writeAndFlush(client.alloc().buffer(request.length).writeBytes(request));
        try {
            Long shown = replies.poll(10, TimeUnit.SECONDS);
            if (shown == null) {
                throw new IllegalStateException("no Netty reply within 10 s");
            }
            return shown - start;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Answers each whole request with the reply's byte count. */
    @ChannelHandler.Sharable
    private final class Pong extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf in = (ByteBuf) msg;
            int requests = in.readableBytes() / request.length;
            in.release();
            for (int i = 0; i < requests; i++) {
                ctx.write(ctx.alloc().buffer(replyBytes).writeZero(replyBytes));
            }
            ctx.flush();
        }
    }

    /** Stamps each whole reply on the client's event loop. */
    private final class Ping extends ChannelInboundHandlerAdapter {
        private int pending;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            long now = System.nanoTime();
            ByteBuf in = (ByteBuf) msg;
            pending += in.readableBytes();
            in.release();
            while (pending >= replyBytes) {
                pending -= replyBytes;
                replies.add(now);
            }
        }
    }

    @Override
    public void close() {
        client.close();
        listener.close();
        clientLoops.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        serverLoops.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }
}
