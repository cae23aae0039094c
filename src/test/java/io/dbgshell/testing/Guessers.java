package io.dbgshell.testing;

import io.dbgshell.protocol.Frame;
import io.dbgshell.protocol.FrameCodec;
import io.dbgshell.protocol.ProtocolVersion;
import io.dbgshell.protocol.RefusalReason;
import io.dbgshell.security.Password;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Password guessers on one thread: keeps {@code parallel} connections going at once, each reading
 * the greeting, answering with a wrong proof and reading the answer, then starting over. One thread,
 * like an attacker on another machine, so the guessers do not take the host's CPU away by sheer
 * thread count (300 blocking threads would get 99 % of a 2-core machine and measure only that).
 */
public final class Guessers implements Runnable {
    /**
     * Room for one frame from the host: a greeting is under 1 KiB. Small on purpose: thousands of
     * connections a second are opened, and 64 KiB each made enough garbage that the benchmark's
     * collector paused the host in the same JVM for up to 125 ms.
     */
    private static final int BUFFER_BYTES = 4096;
    private final InetSocketAddress server;
    private final IntFunction<String> source;
    private final int parallel;
    private final long endNanos;
    private final List<Long> answers;
    private int opened;

    /**
     * @param source  the local address of the n-th connection
     * @param answers where the time of each wrong-password answer goes
     */
    public Guessers(InetSocketAddress server, IntFunction<String> source, int parallel, long endNanos, List<Long> answers) {
        this.server = server;
        this.source = source;
        this.parallel = parallel;
        this.endNanos = endNanos;
        this.answers = answers;
    }

    /** How many connections were opened so far (each from {@code source} of its number). */
    public int opened() {
        return opened;
    }

    @Override
    public void run() {
        try (Selector selector = Selector.open()) {
            for (int i = 0; i < parallel; i++) {
                open(selector);
            }
            while (System.nanoTime() < endNanos) {
                selector.select(100);
                for (SelectionKey key : selector.selectedKeys()) {
                    if (!step(key)) {
                        key.cancel();
                        key.channel().close();
                        open(selector);
                    }
                }
                selector.selectedKeys().clear();
            }
            for (SelectionKey key : selector.keys()) {
                key.channel().close();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void open(Selector selector) {
        SocketChannel channel = null;
        try {
            channel = SocketChannel.open();
            channel.configureBlocking(false);
            channel.bind(new InetSocketAddress(source.apply(opened++), 0));
            channel.connect(server);
            channel.register(selector, SelectionKey.OP_CONNECT, ByteBuffer.allocate(BUFFER_BYTES));
        } catch (IOException e) {
            // no port or address free just now: this slot tries again on the next round
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // closing a socket that never connected
                }
            }
        }
    }

    /** Advances one connection; false when it is over (answered, refused or closed). */
    private boolean step(SelectionKey key) {
        SocketChannel channel = (SocketChannel) key.channel();
        ByteBuffer in = (ByteBuffer) key.attachment();
        try {
            if (key.isConnectable()) {
                channel.finishConnect();
                key.interestOps(SelectionKey.OP_READ);
                return true;
            }
            if (channel.read(in) < 0) {
                return false;
            }
            while (in.position() >= 4 && in.position() >= 4 + in.getInt(0)) {
                int length = in.getInt(0);
                byte[] body = new byte[length];
                in.flip();
                in.getInt();
                in.get(body);
                in.compact();
                Frame frame = FrameCodec.decode(Unpooled.wrappedBuffer(body));
                if (frame instanceof Frame.Hello hello) {
                    channel.write(ByteBuffer.wrap(wrongJoin(hello)));
                } else {
                    if (frame instanceof Frame.Refused refused && refused.reason() == RefusalReason.BAD_PASSWORD) {
                        answers.add(System.nanoTime());
                    }
                    return false;
                }
            }
            // a frame larger than the buffer is not one this guesser understands
            return in.hasRemaining();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A client key the host accepts as a number (2, as long as its own); with any proof it is a wrong guess. */
    public static byte[] wrongKey(Frame.Hello hello) {
        byte[] two = new byte[hello.hostKey().length];
        two[two.length - 1] = 2;
        return two;
    }

    private static byte[] wrongJoin(Frame.Hello hello) {
        Frame.Join join = new Frame.Join(ProtocolVersion.CURRENT, "EVE", "eve", wrongKey(hello), new byte[32], false);
        ByteBuf encoded = FrameCodec.encode(join, ByteBufAllocator.DEFAULT);
        try {
            byte[] bytes = new byte[encoded.readableBytes()];
            encoded.readBytes(bytes);
            return bytes;
        } finally {
            encoded.release();
        }
    }
}
