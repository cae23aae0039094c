package io.dbgshell.reliability;

import io.dbgshell.protocol.Frame;
import io.dbgshell.protocol.FrameCodec;
import io.netty.buffer.Unpooled;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/** A plain blocking socket from a chosen local address that speaks frames: a password guesser's link. */
final class BlockingLink implements AutoCloseable {
    private final Socket socket;
    private final DataInputStream in;

    BlockingLink(InetSocketAddress local, InetSocketAddress server, Duration readTimeout) throws IOException {
        socket = new Socket();
        socket.bind(local);
        socket.connect(server);
        socket.setSoTimeout((int) readTimeout.toMillis());
        in = new DataInputStream(socket.getInputStream());
    }

    Frame read() throws IOException {
        byte[] body = new byte[in.readInt()];
        in.readFully(body);
        return FrameCodec.decode(Unpooled.wrappedBuffer(body));
    }

    void write(Frame frame) throws IOException {
        socket.getOutputStream().write(FrameSeeds.bytes(frame));
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
