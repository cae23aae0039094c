package io.dbgshell.testing;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A client channel of any transport as a {@link BytePipe}: its initializer queues every byte the
 * channel receives, and its end, for the test thread to read with deadlines.
 */
final class ChannelPipe implements BytePipe {
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> received = new LinkedBlockingQueue<>();
    private Channel channel;
    private ByteBuffer pending = ByteBuffer.allocate(0);
    private boolean ended;

    /** Installs the queueing handler; give it to the transport's connect. */
    ChannelInitializer<Channel> initializer() {
        return new ChannelInitializer<>() {
            @Override
            protected void initChannel(Channel ch) {
                ch.pipeline().addLast(new ChannelInboundHandlerAdapter() {
                    @Override
                    public void channelRead(ChannelHandlerContext ctx, Object msg) {
                        ByteBuf buf = (ByteBuf) msg;
                        byte[] bytes = new byte[buf.readableBytes()];
                        buf.readBytes(bytes);
                        buf.release();
                        received.add(bytes);
                    }

                    @Override
                    public void channelInactive(ChannelHandlerContext ctx) {
                        received.add(END);
                    }
                });
            }
        };
    }

    void attach(Channel connected) {
        channel = connected;
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        if (!channel.writeAndFlush(Unpooled.wrappedBuffer(bytes)).awaitUninterruptibly().isSuccess()) {
            throw new IOException("channel closed");
        }
    }

    @Override
    public int read(ByteBuffer into, long deadline) throws IOException {
        if (!pending.hasRemaining()) {
            if (ended) {
                return -1;
            }
            byte[] next;
            try {
                next = received.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            if (next == null) {
                return 0;
            }
            if (next == END) {
                ended = true;
                return -1;
            }
            pending = ByteBuffer.wrap(next);
        }
        int n = Math.min(into.remaining(), pending.remaining());
        into.put(into.position(), pending, pending.position(), n);
        into.position(into.position() + n);
        pending.position(pending.position() + n);
        return n;
    }

    /** A channel has no abrupt close of its own; the transport decides what the peer sees. */
    @Override
    public void abort() {
        close();
    }

    @Override
    public void close() {
        channel.close().awaitUninterruptibly();
    }
}
