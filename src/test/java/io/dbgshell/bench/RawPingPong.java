package io.dbgshell.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The baseline for a round trip: a blocking NIO ping-pong of fixed byte counts (request, reply)
 * over loopback tcp or a Unix-domain socket, served by one thread; TCP_NODELAY on both sides.
 */
final class RawPingPong implements AutoCloseable, RoundTripBench.RoundTrip {
    private final ServerSocketChannel listener;
    private final SocketChannel client;
    private final Thread server;
    private final ByteBuffer request;
    private final ByteBuffer reply;
    private final Path socketFile;

    RawPingPong(boolean unix, int requestBytes, int replyBytes) throws IOException {
        SocketAddress address;
        if (unix) {
            socketFile = Files.createTempDirectory("bench").resolve("pp.sock");
            listener = ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX);
            address = UnixDomainSocketAddress.of(socketFile);
            listener.bind(address);
        } else {
            socketFile = null;
            listener = ServerSocketChannel.open();
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            address = listener.getLocalAddress();
        }
        client = SocketChannel.open(address);
        SocketChannel accepted = listener.accept();
        if (!unix) {
            client.setOption(StandardSocketOptions.TCP_NODELAY, true);
            accepted.setOption(StandardSocketOptions.TCP_NODELAY, true);
        }
        request = ByteBuffer.allocateDirect(requestBytes);
        reply = ByteBuffer.allocateDirect(replyBytes);
        server = new Thread(() -> serve(accepted, requestBytes, replyBytes), "raw-pong");
        server.setDaemon(true);
        server.start();
    }

    private static void serve(SocketChannel channel, int requestBytes, int replyBytes) {
        ByteBuffer in = ByteBuffer.allocateDirect(requestBytes);
        ByteBuffer out = ByteBuffer.allocateDirect(replyBytes);
        try (channel) {
            while (true) {
                in.clear();
                if (!readFully(channel, in)) {
                    return;
                }
                out.clear();
                while (out.hasRemaining()) {
                    channel.write(out);
                }
            }
        } catch (IOException e) {
            // the benchmark closed the link
        }
    }

    private static boolean readFully(SocketChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                return false;
            }
        }
        return true;
    }

    /** One ping-pong; returns its duration in nanoseconds. */
    @Override
    public long roundTrip() throws IOException {
        long start = System.nanoTime();
        request.clear();
        while (request.hasRemaining()) {
            client.write(request);
        }
        reply.clear();
        readFully(client, reply);
        return System.nanoTime() - start;
    }

    @Override
    public void close() throws IOException {
        client.close();
        listener.close();
        if (socketFile != null) {
            Files.deleteIfExists(socketFile);
        }
    }
}
