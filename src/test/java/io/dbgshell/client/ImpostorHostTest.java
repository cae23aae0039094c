package io.dbgshell.client;

import io.dbgshell.protocol.ProtocolSettings;
import io.dbgshell.testing.TestTransports;
import io.dbgshell.config.Tunables;
import io.dbgshell.protocol.Frame;
import io.dbgshell.protocol.FrameCodec;
import io.dbgshell.protocol.FrameType;
import io.dbgshell.protocol.HostKeyExchange;
import io.dbgshell.protocol.PasswordVerifier;
import io.dbgshell.protocol.ProtocolVersion;
import io.dbgshell.protocol.RefusalReason;
import io.dbgshell.protocol.Identity;
import io.dbgshell.testing.RawLink;
import io.dbgshell.testing.RecordingConsole;
import io.dbgshell.testing.TestHost;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.security.Password;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.tcp.TcpSpec;
import io.dbgshell.transport.standard.TransportSpecParser;
import io.dbgshell.transport.Transports;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A client over real tcp against hosts that are not what they claim: one that does not know the
 * password but accepts the join anyway, one that asks for no password, and a version-1 host. The
 * client refuses each with one line and shows nothing the impostor sent. A version-1 client's join
 * is refused by a real host with the mismatch sentence.
 */
class ImpostorHostTest {
    private static final Identity ALICE = new Identity("ALICEBOX", "alice");
    private static final String FAKE_OUTPUT = "Type your secrets here\n";
    private final EventLoops loops = new EventLoops(1);
    private final Transports transports = TestTransports.tcp(loops);
    private final RecordingConsole display = new RecordingConsole();

    @AfterEach
    void close() {
        loops.close();
    }

    @Test
    void aHostThatDoesNotKnowThePasswordIsRefusedAndNothingItSendsIsShown() throws Exception {
        byte[][] proofs = {new byte[0], new byte[32]};
        for (byte[] forgedProof : proofs) {
            try (FakeHost impostor = new FakeHost(link -> {
                HostKeyExchange guessing = PasswordVerifier.of(Password.ofOrNull("guess")).newExchange();
                link.send(new Frame.Hello(ProtocolVersion.CURRENT, "dbgshell 0.1.0 (protocol 2)", guessing.salt(),
                        guessing.hostKey(), true));
                Frame.Join join = (Frame.Join) link.receive();
                // the best an impostor can do: its own exchange's answer, which needs the password too
                byte[] proof = guessing.confirm(join.clientKey(), join.clientProof(), join.machine(), join.user())
                        .orElse(forgedProof);
                link.send(new Frame.Accepted("ALICEBOX\\alice", proof, List.of()));
                try {
                    link.send(new Frame.Output(FAKE_OUTPUT));
                    link.send(new Frame.Prompt("dbg> "));
                } catch (IOException hungUp) {
                    // the client may already have refused the acceptance and closed: what it should do
                }
            })) {
                assertThatThrownBy(() -> join(impostor, ",password=s3cret"))
                        .isInstanceOf(ClientException.class)
                        .hasMessage(RemoteSession.HOST_NOT_PROVEN);
                impostor.awaitDone();
            }
        }
        assertThat(display.log.text()).as("shown from the impostor").isEmpty();
        assertThat(display.currentPrompt()).isEmpty();
    }

    @Test
    void aHostThatAsksForNoPasswordIsRefusedByAClientThatHasOne() throws Exception {
        try (FakeHost impostor = new FakeHost(link -> {
            link.send(new Frame.Hello(ProtocolVersion.CURRENT, "dbgshell 0.1.0 (protocol 2)", new byte[0], new byte[0], false));
            link.receiveUntilClosed();
        })) {
            assertThatThrownBy(() -> join(impostor, ",password=s3cret"))
                    .isInstanceOf(ClientException.class)
                    .hasMessage(RemoteSession.HOST_ASKED_NO_PASSWORD);
            impostor.awaitDone();
            assertThat(impostor.received).as("the client sent nothing").isZero();
        }
        assertThat(display.log.text()).isEmpty();
    }

    @Test
    void aVersionOneHostGetsTheMismatchSentence() throws Exception {
        try (FakeHost old = new FakeHost(link -> {
            link.sendRaw(versionOne(FrameType.HELLO, "dbgshell 0.1.0 (protocol 1)"));
            link.receiveUntilClosed();
        })) {
            assertThatThrownBy(() -> join(old, ",password=s3cret"))
                    .isInstanceOf(ClientException.class)
                    .hasMessage(ProtocolVersion.mismatch(1, ProtocolVersion.CURRENT));
            old.awaitDone();
        }
    }

    @Test
    void aVersionOneClientIsRefusedWithTheMismatchSentence() throws Exception {
        try (TestHost host = new TestHost(loops -> TestTransports.tcp(loops), TestHost.fastSettings())) {
            TcpSpec spec = (TcpSpec) host.startServer("tcp:port=24640:24659,password=s3cret").spec();
            try (RawLink old = RawLink.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), spec.port().low()))) {
                old.readFrame(Duration.ofSeconds(5));
                old.writeRaw(versionOne(FrameType.JOIN, "OLDBOX", "olduser"));
                Frame answer = old.readFrame(Duration.ofSeconds(5));
                assertThat(answer).isInstanceOf(Frame.Refused.class);
                assertThat(((Frame.Refused) answer).reason()).isEqualTo(RefusalReason.VERSION_MISMATCH);
                assertThat(((Frame.Refused) answer).message()).isEqualTo(ProtocolVersion.mismatch(ProtocolVersion.CURRENT, 1));
            }
        }
    }

    private RemoteSession join(FakeHost host, String extra) throws Exception {
        return RemoteSession.join(transports, TransportSpecParser.parse("tcp:server=127.0.0.1,port=" + host.port() + extra,
                        Role.CLIENT), Tunables.DEFAULTS.with(ProtocolSettings.HANDSHAKE_TIMEOUT, Duration.ofSeconds(5)), ALICE, Optional::empty,
                false, display);
    }

    /** A greeting or join as version 1 wrote it: int32 version, strings, a 32-byte challenge or proof, bool. */
    private static byte[] versionOne(FrameType type, String... strings) {
        ByteBuf frame = Unpooled.buffer().writeInt(0).writeByte(type.code()).writeInt(1);
        for (String text : strings) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            frame.writeInt(utf8.length).writeBytes(utf8);
        }
        frame.writeInt(32).writeBytes(new byte[32]).writeBoolean(false);
        frame.setInt(0, frame.readableBytes() - FrameCodec.LENGTH_BYTES);
        byte[] bytes = new byte[frame.readableBytes()];
        frame.readBytes(bytes);
        return bytes;
    }

    /** One connection on 127.0.0.1, served by a script on its own thread with blocking frame I/O. */
    private static final class FakeHost implements AutoCloseable {
        private final ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        private final CompletableFuture<Void> done = new CompletableFuture<>();
        private volatile int received;

        interface Script {
            void run(FakeHost link) throws IOException;
        }

        private volatile Socket socket;
        private DataInputStream in;
        private OutputStream out;

        FakeHost(Script script) throws IOException {
            Thread thread = new Thread(() -> {
                try (Socket accepted = listener.accept()) {
                    socket = accepted;
                    in = new DataInputStream(accepted.getInputStream());
                    out = accepted.getOutputStream();
                    script.run(this);
                    done.complete(null);
                } catch (IOException | RuntimeException e) {
                    done.completeExceptionally(e);
                }
            }, "fake-host");
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return listener.getLocalPort();
        }

        void send(Frame frame) throws IOException {
            ByteBuf encoded = FrameCodec.encode(frame, ByteBufAllocator.DEFAULT);
            try {
                byte[] bytes = new byte[encoded.readableBytes()];
                encoded.readBytes(bytes);
                sendRaw(bytes);
            } finally {
                encoded.release();
            }
        }

        void sendRaw(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
        }

        Frame receive() throws IOException {
            byte[] body = new byte[in.readInt()];
            in.readFully(body);
            received++;
            return FrameCodec.decode(Unpooled.wrappedBuffer(body));
        }

        /** Reads frames until the client closes the link, counting them. */
        void receiveUntilClosed() throws IOException {
            try {
                while (true) {
                    receive();
                }
            } catch (java.io.EOFException | java.net.SocketException closed) {
                // the client hung up, which is what is expected of it
            }
        }

        void awaitDone() {
            done.orTimeout(10, TimeUnit.SECONDS).join();
        }

        @Override
        public void close() throws IOException {
            listener.close();
            if (socket != null) {
                socket.close();
            }
        }
    }
}
