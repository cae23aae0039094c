package io.dbgshell.transport.serial;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A client-side session stand-in: collects every byte the channel receives and notes when it closes. */
final class Received extends ChannelInboundHandlerAdapter {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private boolean closed;

    @Override
    public synchronized void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf buf = (ByteBuf) msg;
        byte[] chunk = new byte[buf.readableBytes()];
        buf.readBytes(chunk);
        buf.release();
        bytes.writeBytes(chunk);
        notifyAll();
    }

    @Override
    public synchronized void channelInactive(ChannelHandlerContext ctx) {
        closed = true;
        notifyAll();
    }

    /** Waits until at least {@code length} bytes came, or the deadline; returns what came. */
    synchronized String awaitText(int length, Duration deadline) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        for (long left = deadline.toNanos(); bytes.size() < length && left > 0; left = end - System.nanoTime()) {
            wait(Math.max(1, left / 1_000_000));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    synchronized boolean awaitClosed(Duration deadline) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        for (long left = deadline.toNanos(); !closed && left > 0; left = end - System.nanoTime()) {
            wait(Math.max(1, left / 1_000_000));
        }
        return closed;
    }
}
