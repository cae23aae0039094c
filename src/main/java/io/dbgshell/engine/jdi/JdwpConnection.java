package io.dbgshell.engine.jdi;

import com.sun.jdi.connect.spi.ClosedConnectionException;
import com.sun.jdi.connect.spi.Connection;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/**
 * A JDWP connection over a socket that dbgshell opens itself, so that connecting and the JDWP
 * handshake are both bounded: JDI's own socket connector bounds only the connect, and a peer that
 * accepts and then says nothing would hold {@code .attach} forever. JDI reads and writes packets
 * through it from different threads at once, so reading and writing each have their own lock.
 */
final class JdwpConnection extends Connection {
    private static final byte[] HANDSHAKE = "JDWP-Handshake".getBytes(StandardCharsets.US_ASCII);
    /** A JDWP packet's header: length, id, flags, command set and command (or error code). */
    private static final int HEADER_BYTES = 11;

    private final Socket socket;
    private final int maxPacketBytes;
    private final DataInputStream in;
    private final OutputStream out;
    private final Object readLock = new Object();
    private final Object writeLock = new Object();

    private JdwpConnection(Socket socket, int maxPacketBytes) throws IOException {
        this.socket = socket;
        this.maxPacketBytes = maxPacketBytes;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /**
     * Connects and shakes hands within {@code timeout} in all; a packet longer than {@code
     * maxPacketBytes} ({@link JdiSettings#MAX_JDWP_PACKET_BYTES}) then ends the connection.
     *
     * @throws SocketTimeoutException when the peer did not answer the handshake in time
     * @throws IOException            when nothing listens, or the peer answered something else
     */
    static JdwpConnection open(String host, int port, Duration timeout, int maxPacketBytes) throws IOException {
        Socket socket = new Socket();
        try {
            int millis = (int) Math.max(1, timeout.toMillis());
            socket.connect(new InetSocketAddress(host, port), millis);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(millis);
            socket.getOutputStream().write(HANDSHAKE);
            byte[] answer = new byte[HANDSHAKE.length];
            new DataInputStream(socket.getInputStream()).readFully(answer);
            if (!Arrays.equals(answer, HANDSHAKE)) {
                throw new NotJdwpException();
            }
            socket.setSoTimeout(0); // from here on the target may stay silent for as long as it runs
            return new JdwpConnection(socket, maxPacketBytes);
        } catch (EOFException e) {
            socket.close();
            throw new NotJdwpException();
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    @Override
    public byte[] readPacket() throws IOException {
        synchronized (readLock) {
            try {
                int length = in.readInt();
                if (length < HEADER_BYTES || length > maxPacketBytes) {
                    throw new IOException("a JDWP packet of " + length + " bytes");
                }
                byte[] packet = new byte[length];
                packet[0] = (byte) (length >>> 24);
                packet[1] = (byte) (length >>> 16);
                packet[2] = (byte) (length >>> 8);
                packet[3] = (byte) length;
                in.readFully(packet, 4, length - 4);
                return packet;
            } catch (EOFException e) {
                throw new ClosedConnectionException();
            } catch (IOException e) {
                if (!isOpen()) {
                    throw new ClosedConnectionException();
                }
                throw e;
            }
        }
    }

    @Override
    public void writePacket(byte[] packet) throws IOException {
        if (packet.length < HEADER_BYTES) {
            throw new IllegalArgumentException("a JDWP packet has at least " + HEADER_BYTES + " bytes");
        }
        synchronized (writeLock) {
            if (!isOpen()) {
                throw new ClosedConnectionException();
            }
            out.write(packet);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    @Override
    public boolean isOpen() {
        return !socket.isClosed();
    }

    /** The peer answered the handshake with something other than JDWP's. */
    static final class NotJdwpException extends IOException {
        private static final long serialVersionUID = 1L;
    }
}
