package io.dbgshell.engine.jdi;

import com.sun.jdi.connect.spi.ClosedConnectionException;
import com.sun.jdi.connect.spi.Connection;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A JDWP connection over a socket that dbgshell opens itself, so that connecting and the JDWP
 * handshake are both bounded: JDI's own socket connector bounds only the connect, and a peer that
 * accepts and then says nothing would hold {@code .attach} forever. JDI reads and writes packets
 * through it from different threads at once, so reading and writing each have their own lock.
 *
 * <p>dbgshell also asks questions of its own on it ({@link #ask}), many written at once: their
 * answers are taken out of the stream before JDI reads it. JDI numbers its commands from 1 upwards;
 * these are numbered from {@link Integer#MIN_VALUE} upwards, which JDI would reach only after 2^31
 * commands in one dbgshell process.
 */
final class JdwpConnection extends Connection {
    private static final byte[] HANDSHAKE = "JDWP-Handshake".getBytes(StandardCharsets.US_ASCII);
    /** A JDWP packet's header: length, id, flags, command set and command (or error code). */
    private static final int HEADER_BYTES = 11;
    /** The flag a reply carries in its header. */
    private static final int REPLY_FLAG = 0x80;

    private final Socket socket;
    private final int maxPacketBytes;
    private final DataInputStream in;
    private final OutputStream out;
    private final Object readLock = new Object();
    private final Object writeLock = new Object();
    private final AtomicInteger nextOwnId = new AtomicInteger(Integer.MIN_VALUE);
    /** The questions of {@link #ask} not answered yet, by packet id. */
    private final Map<Integer, Asked> unanswered = new ConcurrentHashMap<>();
    /** No more packets will be read: the stream ended, failed or was closed. */
    private volatile boolean readEnded;

    private JdwpConnection(Socket socket, int maxPacketBytes) throws IOException {
        this.socket = socket;
        this.maxPacketBytes = maxPacketBytes;
        // buffered: a packet's length would otherwise cost four reads of one byte from the socket
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
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

    /**
     * Writes {@code commands} (each a command's set, number and data, from {@link Command}) in one
     * write, ahead of their answers: the agent answers one command after another, but reads the next
     * from its socket without waiting for this side. The answers' data complete the returned stage,
     * in the commands' order; a connection that closes first completes it with
     * {@link ClosedConnectionException}.
     */
    CompletableFuture<List<Reply>> ask(List<Command> commands) throws IOException {
        if (commands.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        int first = ids(commands.size());
        Asked asked = new Asked(first, commands.size());
        int bytes = commands.stream().mapToInt(command -> HEADER_BYTES + command.data().length).sum();
        ByteBuffer packets = ByteBuffer.allocate(bytes);
        for (int i = 0; i < commands.size(); i++) {
            Command command = commands.get(i);
            packets.putInt(HEADER_BYTES + command.data().length).putInt(first + i).put((byte) 0)
                    .put((byte) command.set()).put((byte) command.number()).put(command.data());
            unanswered.put(first + i, asked);
        }
        try {
            writePacket(packets.array());
        } catch (IOException | RuntimeException e) {
            for (int i = 0; i < commands.size(); i++) {
                unanswered.remove(first + i);
            }
            throw e;
        }
        if (readEnded) {
            failUnanswered(); // the reading ended before these were registered: nobody else will fail them
        }
        return asked.done.thenApply(List::of);
    }

    /** The first of {@code count} new ids in a row, all negative: after the last, they start again from the lowest. */
    private int ids(int count) {
        while (true) {
            int next = nextOwnId.get();
            int first = next + count < 0 ? next : Integer.MIN_VALUE;
            if (nextOwnId.compareAndSet(next, first + count)) {
                return first;
            }
        }
    }

    @Override
    public byte[] readPacket() throws IOException {
        while (true) {
            byte[] packet = nextPacket();
            int id = ((packet[4] & 0xff) << 24) | ((packet[5] & 0xff) << 16) | ((packet[6] & 0xff) << 8) | (packet[7] & 0xff);
            Asked asked = (packet[8] & REPLY_FLAG) != 0 ? unanswered.remove(id) : null;
            if (asked == null) {
                return packet; // JDI's own reply, or an event
            }
            asked.answer(id, packet);
        }
    }

    private byte[] nextPacket() throws IOException {
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
                failUnanswered();
                throw new ClosedConnectionException();
            } catch (IOException e) {
                failUnanswered();
                if (!isOpen()) {
                    throw new ClosedConnectionException();
                }
                throw e;
            }
        }
    }

    /** Nothing more will be read: whoever waits for answers is told so. */
    private void failUnanswered() {
        readEnded = true;
        for (Integer id : List.copyOf(unanswered.keySet())) {
            Asked asked = unanswered.remove(id);
            if (asked != null) {
                asked.done.completeExceptionally(new ClosedConnectionException());
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
        failUnanswered();
    }

    @Override
    public boolean isOpen() {
        return !socket.isClosed();
    }

    /** A command of dbgshell's own: its command set, its number in the set and its data. */
    record Command(int set, int number, byte[] data) {
    }

    /** An answer: JDWP's error code (0 for none) and the reply's data. */
    record Reply(int error, byte[] data) {
    }

    /** One call of {@link #ask}: its answers as they come, by position. */
    private static final class Asked {
        private final Reply[] replies;
        private final AtomicInteger left;
        private final CompletableFuture<Reply[]> done = new CompletableFuture<>();
        private final int first;

        Asked(int first, int count) {
            this.first = first;
            replies = new Reply[count];
            left = new AtomicInteger(count);
        }

        void answer(int id, byte[] packet) {
            int error = ((packet[9] & 0xff) << 8) | (packet[10] & 0xff);
            replies[id - first] = new Reply(error, Arrays.copyOfRange(packet, HEADER_BYTES, packet.length));
            if (left.decrementAndGet() == 0) {
                done.complete(replies);
            }
        }
    }

    /** The peer answered the handshake with something other than JDWP's. */
    static final class NotJdwpException extends IOException {
        private static final long serialVersionUID = 1L;
    }
}
