package io.dbgshell.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fan-out baseline: a minimal Netty server that writes the same frames to N connected sockets,
 * and N Netty clients that only count bytes. Server and clients have their own event loops, sized
 * like the dbgshell host's and clients'.
 */
final class RawBroadcast implements AutoCloseable {
    private final EventLoopGroup serverLoops = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    private final EventLoopGroup acceptLoop = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final EventLoopGroup clientLoops = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    private final List<Channel> accepted = new CopyOnWriteArrayList<>();
    private final List<Counter> counters = new CopyOnWriteArrayList<>();
    private final Channel listener;
    private volatile CountDownLatch done;

    RawBroadcast(int clients) throws InterruptedException {
        listener = new ServerBootstrap().group(acceptLoop, serverLoops).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        accepted.add(channel);
                    }
                }).bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).sync().channel();
        Bootstrap bootstrap = new Bootstrap().group(clientLoops).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true);
        for (int i = 0; i < clients; i++) {
            Counter counter = new Counter();
            counters.add(counter);
            bootstrap.clone().handler(counter).connect(listener.localAddress()).sync();
        }
        while (accepted.size() < clients) {
            Thread.onSpinWait();
        }
    }

    /** Writes {@code frames} to every socket; returns nanoseconds until the last client had its last byte. */
    long broadcast(List<ByteBuf> frames) throws InterruptedException {
        long total = frames.stream().mapToLong(ByteBuf::readableBytes).sum();
        done = new CountDownLatch(counters.size());
        counters.forEach(c -> c.expect(total));
        long start = System.nanoTime();
        for (Channel channel : accepted) {
            for (int i = 0; i < frames.size(); i++) {
                ByteBuf copy = frames.get(i).retainedDuplicate();
                if (i == frames.size() - 1) {
                    channel.writeAndFlush(copy, channel.voidPromise());
                } else {
                    channel.write(copy, channel.voidPromise());
                }
            }
        }
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("raw broadcast incomplete after 60 s");
        }
        return counters.stream().mapToLong(Counter::completedAt).max().orElseThrow() - start;
    }

    private final class Counter extends ChannelInboundHandlerAdapter {
        private final AtomicLong missing = new AtomicLong();
        private volatile long completedAt;

        long completedAt() {
            return completedAt;
        }

        void expect(long bytes) {
            missing.set(bytes);
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf buf = (ByteBuf) msg;
            long left = missing.addAndGet(-buf.readableBytes());
            buf.release();
            if (left == 0) {
                completedAt = System.nanoTime();
                done.countDown();
            } else if (left < 0) {
                throw new IllegalStateException("more bytes than sent");
            }
        }

        @Override
        public boolean isSharable() {
            return false;
        }
    }

    @Override
    public void close() {
        listener.close();
        accepted.forEach(Channel::close);
        clientLoops.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        serverLoops.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        acceptLoop.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }
}
