package io.dbgshell.testing;

import io.dbgshell.protocol.Frame;
import io.dbgshell.protocol.FrameCodec;
import io.dbgshell.protocol.ClientKeyExchange;
import io.dbgshell.protocol.ProtocolVersion;
import io.dbgshell.security.Password;
import io.dbgshell.transport.TransportException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;

import java.io.IOException;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Optional;

/**
 * A hand-driven connection to a server that speaks the protocol frame by frame, or sends anything
 * at all: for tests of misbehaving peers. Over a socket (tcp, Unix) or over any transport's client
 * channel. Reads have deadlines.
 */
public final class RawLink implements AutoCloseable {
    private final BytePipe pipe;

    private RawLink(BytePipe pipe) {
        this.pipe = pipe;
    }

    public static RawLink open(SocketAddress address) throws IOException {
        return new RawLink(new SocketPipe(SocketChannel.open(address)));
    }

    /** The far end of a connection this test accepted: lets a test play a (misbehaving) host. */
    public static RawLink accepted(SocketChannel channel) throws IOException {
        return new RawLink(new SocketPipe(channel));
    }

    /** Shrinks the receive buffer so a client that stops reading stalls the sender sooner (tcp only). */
    public static RawLink openSmallBuffer(SocketAddress address) throws IOException {
        SocketChannel channel = SocketChannel.open();
        channel.setOption(StandardSocketOptions.SO_RCVBUF, 4096);
        channel.connect(address);
        return new RawLink(new SocketPipe(channel));
    }

    /** Connects through a transport's client: {@code connector} opens a channel set up by the given initializer. */
    public static RawLink over(Connector connector) throws IOException {
        ChannelPipe pipe = new ChannelPipe();
        try {
            pipe.attach(connector.connect(pipe.initializer()));
        } catch (TransportException e) {
            throw new IOException(e.getMessage(), e);
        }
        return new RawLink(pipe);
    }

    /** Opens a client channel, e.g. {@code ComClientTransport.connect(spec, initializer)}. */
    @FunctionalInterface
    public interface Connector {
        Channel connect(ChannelInitializer<Channel> initializer) throws TransportException;
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
        pipe.write(bytes);
    }

    /** Reads the greeting and joins with the given identity and password; returns the Accepted or Refused frame. */
    public Frame join(String machine, String user, Optional<Password> password) throws IOException {
        Frame.Hello hello = (Frame.Hello) readFrame(Duration.ofSeconds(5));
        Optional<ClientKeyExchange> answer = password.flatMap(p ->
                ClientKeyExchange.answer(p, hello.salt(), hello.hostKey(), machine, user));
        byte[] none = new byte[0];
        write(new Frame.Join(ProtocolVersion.CURRENT, machine, user, answer.map(ClientKeyExchange::clientKey).orElse(none),
                answer.map(ClientKeyExchange::clientProof).orElse(none), false));
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
                n = pipe.read(sink, deadline);
            } catch (IOException reset) {
                return true;
            }
            if (n < 0) {
                return true;
            }
            if (n == 0 && deadline - System.nanoTime() <= 0) {
                return false;
            }
        }
    }

    private ByteBuffer readFully(int size, long deadline) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(size);
        while (buffer.hasRemaining()) {
            int n = pipe.read(buffer, deadline);
            if (n < 0) {
                throw new IOException("closed by peer after " + buffer.position() + " of " + size + " bytes");
            }
            if (n == 0 && deadline - System.nanoTime() <= 0) {
                throw new IOException("timed out reading " + size + " bytes");
            }
        }
        return buffer;
    }

    /** Closes abruptly: a tcp peer sees a reset, as when a process is killed. */
    public void abort() throws IOException {
        pipe.abort();
    }

    @Override
    public void close() throws IOException {
        pipe.close();
    }
}
