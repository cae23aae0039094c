package io.dbgshell.client;

import io.dbgshell.testing.TestTransports;
import io.dbgshell.protocol.Frame;
import io.dbgshell.protocol.ProtocolVersion;
import io.dbgshell.protocol.RefusalReason;
import io.dbgshell.protocol.Identity;
import io.dbgshell.testing.RawLink;
import io.dbgshell.testing.TestClient;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.Transports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A host that sends terminal control sequences in every text it controls (banner, output, prompt,
 * end message, refusal) gets none of them onto the client's screen. The host is played by hand over
 * a real socket; the client is the real one.
 */
class MaliciousHostTest {
    private static final String OSC52 = "\u001b]52;c;cm0gLXJmIH4K\u0007";
    private static final String TITLE = "\u001b]0;pwned\u001b\\";
    private static final String CLEAR = "\u001b[2J\u001b[H";
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final EventLoops loops = new EventLoops(1);
    private final Transports transports = TestTransports.tcp(loops);

    @AfterEach
    void stop() {
        loops.close();
    }

    @Test
    void noControlSequenceFromTheHostReachesTheScreen() throws Exception {
        try (ServerSocketChannel listener = listen()) {
            CompletableFuture<TestClient> joining = join(listener);
            try (RawLink host = RawLink.accepted(listener.accept())) {
                host.write(new Frame.Hello(ProtocolVersion.CURRENT, "dbgshell" + TITLE + " 1", new byte[0], new byte[0], false));
                host.readFrame(WAIT);
                host.write(new Frame.Accepted("x", new byte[0], List.of()));
                TestClient client = joining.join();
                host.write(new Frame.Output("one" + OSC52 + " two" + CLEAR + " three\r\u0007\n"));
                host.write(new Frame.Prompt("\u001b[31mdbg> "));
                host.write(new Frame.End("bye" + TITLE));

                client.awaitOutcome();
                String shown = client.log().text();
                assertThat(shown).isEqualTo("dbgshell 1\none two three??\nbye\n");
                assertThat(client.display.currentPrompt()).isEqualTo("dbg> ");
            }
        }
    }

    @Test
    void aRefusalCannotDriveTheTerminalEither() throws Exception {
        try (ServerSocketChannel listener = listen()) {
            CompletableFuture<TestClient> joining = join(listener);
            try (RawLink host = RawLink.accepted(listener.accept())) {
                host.write(new Frame.Hello(ProtocolVersion.CURRENT, "dbgshell", new byte[0], new byte[0], false));
                host.readFrame(WAIT);
                host.write(new Frame.Refused(RefusalReason.BAD_PASSWORD, "Error 0x80004005" + OSC52 + CLEAR));

                assertThatThrownBy(joining::join).hasRootCauseMessage("Error 0x80004005");
            }
        }
    }

    private static ServerSocketChannel listen() throws Exception {
        return ServerSocketChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    private CompletableFuture<TestClient> join(ServerSocketChannel listener) throws Exception {
        int port = ((InetSocketAddress) listener.getLocalAddress()).getPort();
        return CompletableFuture.supplyAsync(() -> {
            try {
                return TestClient.join(transports, "tcp:server=127.0.0.1,port=" + port, new Identity("BOX", "me"));
            } catch (ClientException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
