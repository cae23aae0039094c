package io.dbgshell.engine.jdi;

import com.sun.jdi.connect.spi.ClosedConnectionException;
import io.dbgshell.engine.jdi.JdwpConnection.Command;
import io.dbgshell.engine.jdi.JdwpConnection.Reply;
import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * dbgshell's own questions on the JDWP connection ({@link JdwpConnection#ask}), against a fake agent
 * on a real socket: written at once, their answers taken out of the stream JDI reads, whatever
 * comes between them, and a connection that ends fails whoever still waits.
 */
class JdwpConnectionTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int HEADER = 11;

    @Test
    void answersGoToTheAskerAndEverythingElseToJdiThenAnEndFailsTheWaiting() throws Exception {
        try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            BlockingQueue<int[]> commandsSeen = new LinkedBlockingQueue<>();
            CompletableFuture<Void> agent = CompletableFuture.runAsync(() -> fakeAgent(listening, commandsSeen));
            JdwpConnection connection = JdwpConnection.open("127.0.0.1", listening.getLocalPort(), WAIT,
                    JdiSettings.MAX_JDWP_PACKET_BYTES.defaultValue());
            BlockingQueue<Object> readByJdi = new LinkedBlockingQueue<>();
            Thread jdiReader = new Thread(() -> {
                try {
                    while (true) {
                        readByJdi.add(connection.readPacket());
                    }
                } catch (IOException e) {
                    readByJdi.add(e);
                }
            });
            jdiReader.start();

            List<Reply> replies = connection.ask(List.of(new Command(11, 4, new byte[] {1, 2}),
                    new Command(11, 12, new byte[] {3}), new Command(11, 1, new byte[0])))
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(replies).extracting(Reply::error).containsExactly(0, 20, 0);
            assertThat(replies.get(0).data()).containsExactly(4, 1, 2); // the fake echoes the command with its data
            assertThat(replies.get(2).data()).containsExactly(1);
            int[] first = commandsSeen.take();
            assertThat(first[0]).as("ids below JDI's, which count up from 1").isNegative();
            assertThat(List.of(first[1], first[2])).containsExactly(11, 4);
            assertThat(commandsSeen.take()[0]).isEqualTo(first[0] + 1);

            Object event = readByJdi.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            Object jdisReply = readByJdi.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(((byte[]) event)[8]).as("an event: a command from the agent").isEqualTo((byte) 0);
            assertThat(((byte[]) jdisReply)[7]).as("the reply to JDI's command 7").isEqualTo((byte) 7);

            CompletableFuture<List<Reply>> unanswered = connection.ask(List.of(new Command(1, 7, new byte[0])));
            assertThatThrownBy(() -> unanswered.get(WAIT.toSeconds(), TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(ClosedConnectionException.class);
            assertThat(readByJdi.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isInstanceOf(ClosedConnectionException.class);
            // asked after the end: refused by the write, or failed at once
            assertThatThrownBy(() -> connection.ask(List.of(new Command(1, 7, new byte[0]))).get(WAIT.toSeconds(),
                    TimeUnit.SECONDS)).satisfiesAnyOf(e -> assertThat(e).isInstanceOf(IOException.class),
                    e -> assertThat(e).hasCauseInstanceOf(ClosedConnectionException.class));
            connection.close();
            agent.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    /**
     * Shakes hands, reads three commands, then sends an event and a reply to a JDI command before
     * answering them (the second with error 20); then reads one more command and hangs up unanswered.
     */
    private static void fakeAgent(ServerSocket listening, BlockingQueue<int[]> commandsSeen) {
        try (Socket peer = listening.accept()) {
            DataInputStream in = new DataInputStream(peer.getInputStream());
            DataOutputStream out = new DataOutputStream(peer.getOutputStream());
            byte[] handshake = "JDWP-Handshake".getBytes(StandardCharsets.US_ASCII);
            in.readFully(new byte[handshake.length]);
            out.write(handshake);
            int[][] commands = new int[3][];
            byte[][] data = new byte[3][];
            for (int i = 0; i < 3; i++) {
                int length = in.readInt();
                int id = in.readInt();
                in.readByte();
                commands[i] = new int[] {id, in.readUnsignedByte(), in.readUnsignedByte()};
                data[i] = new byte[length - HEADER];
                in.readFully(data[i]);
                commandsSeen.add(commands[i]);
            }
            packet(out, 1, 0, 0x4064, new byte[] {2, 0, 0, 0, 0}); // a composite event (set 64, command 100)
            packet(out, 7, 0x80, 0, new byte[0]);
            packet(out, commands[0][0], 0x80, 0, withCommand(commands[0][2], data[0]));
            packet(out, commands[1][0], 0x80, 20, new byte[0]);
            packet(out, commands[2][0], 0x80, 0, withCommand(commands[2][2], data[2]));
            out.flush();
            in.readFully(new byte[HEADER]);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] withCommand(int command, byte[] data) {
        byte[] echoed = new byte[data.length + 1];
        echoed[0] = (byte) command;
        System.arraycopy(data, 0, echoed, 1, data.length);
        return echoed;
    }

    /** A packet: for a reply, {@code code} is the error; for a command, its set and number. */
    private static void packet(DataOutputStream out, int id, int flags, int code, byte[] data) throws IOException {
        out.writeInt(HEADER + data.length);
        out.writeInt(id);
        out.writeByte(flags);
        out.writeShort(code);
        out.write(data);
    }
}
