package io.dbgshell.testing;

import io.dbgshell.protocol.Frame;
import io.dbgshell.protocol.FrameCodec;
import io.dbgshell.protocol.PasswordProof;
import io.dbgshell.protocol.ProtocolVersion;
import io.dbgshell.transport.Password;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;

import java.io.IOException;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Optional;

/**
 * A hand-driven connection to a server (tcp or Unix socket) that speaks the protocol frame by frame,
 * or sends anything at all: for tests of misbehaving peers. Reads have deadlines.
 */
public final class RawLink implements AutoCloseable {
    private final SocketChannel channel;
    private final Selector selector;

    private RawLink(SocketChannel channel) throws IOException {
        this.channel = channel;
        channel.configureBlocking(false);
        selector = Selector.open();
        channel.register(selector, SelectionKey.OP_READ);
    }

    public static RawLink open(SocketAddress address) throws IOException {
        return new RawLink(SocketChannel.open(address));
    }

    /** Shrinks the receive buffer so a client that stops reading stalls the sender sooner (tcp only). */
    public static RawLink openSmallBuffer(SocketAddress address) throws IOException {
        SocketChannel channel = SocketChannel.open();
        channel.setOption(StandardSocketOptions.SO_RCVBUF, 4096);
        channel.connect(address);
        return new RawLink(channel);
    }

    public Frame readFrame(Duration wait) throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        ByteBuffer length = readFully(4, deadline);
        ByteBuffer body = readFully(length.getInt(0), deadline);
        return FrameCodec.decode(Unpooled.wrappedBuffer(body.flip()));
    }

    public void write(Frame frame) throws IOException {
        ByteBuf encoded = FrameCodec.encode(frame, ByteBufAllocator.DEFAULT);
        try {
            byte[] bytes = new byte[encoded.readableBytes()];
            encoded.readBytes(bytes);
            writeRaw(bytes);
        } finally {
            encoded.release();
        }
    }

    public void writeRaw(byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            if (channel.write(buffer) == 0) {
                Thread.onSpinWait();
            }
        }
    }

    /** Reads the greeting and joins with the given identity and password; returns the Accepted or Refused frame. */
    public Frame join(String machine, String user, Optional<Password> password) throws IOException {
        Frame.Hello hello = (Frame.Hello) readFrame(Duration.ofSeconds(5));
        byte[] proof = password.map(p -> PasswordProof.prove(p, hello.challenge(), machine, user)).orElse(new byte[0]);
        write(new Frame.Join(ProtocolVersion.CURRENT, machine, user, proof, false));
        return readFrame(Duration.ofSeconds(5));
    }

    /** True once the peer has closed the connection, reading (and discarding) whatever comes first. */
    public boolean closedByPeer(Duration wait) throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        ByteBuffer sink = ByteBuffer.allocate(64 * 1024);
        while (true) {
            sink.clear();
            int n;
            try {
                n = channel.read(sink);
            } catch (IOException reset) {
                return true;
            }
            if (n < 0) {
                return true;
            }
            if (n == 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                selector.select(Math.max(1, left / 1_000_000));
                selector.selectedKeys().clear();
            }
        }
    }

    private ByteBuffer readFully(int size, long deadline) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(size);
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer);
            if (n < 0) {
                throw new IOException("closed by peer after " + buffer.position() + " of " + size + " bytes");
            }
            if (n == 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IOException("timed out reading " + size + " bytes");
                }
                selector.select(Math.max(1, left / 1_000_000));
                selector.selectedKeys().clear();
            }
        }
        return buffer;
    }

    /** Closes abruptly: a tcp peer sees a reset, as when a process is killed. */
    public void abort() throws IOException {
        if (channel.getRemoteAddress() instanceof java.net.InetSocketAddress) {
            channel.setOption(StandardSocketOptions.SO_LINGER, 0);
        }
        close();
    }

    @Override
    public void close() throws IOException {
        selector.close();
        channel.close();
    }
}
