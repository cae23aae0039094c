package io.dbgshell.reliability;

import io.dbgshell.session.SessionSettings;
import io.dbgshell.testing.TestTransports;
import io.dbgshell.client.ClientException;
import io.dbgshell.protocol.Frame;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.protocol.Identity;
import io.dbgshell.testing.LinkRelay;
import io.dbgshell.testing.RawLink;
import io.dbgshell.testing.TestClient;
import io.dbgshell.testing.TestHost;
import io.dbgshell.testing.TextLog;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.tcp.TcpSpec;
import io.dbgshell.transport.Transports;
import io.dbgshell.transport.tcp.FreePorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8's in-JVM fault checks over tcp, at a scale the transport suite does not reach: many
 * connections reset mid-output, reverse links cut mid-output, and the host ending the session with
 * a lot of output still queued for many clients. (Killed client processes are in the {@code it}
 * package.)
 */
class FaultsTest {
    private static final String RANGE = "24640:24659";
    private static final int CLIENTS = 20;
    private static final int RESETS = 50;
    private static final int FLOOD_LINES = 20_000;
    private static final int REVERSE_LINKS = 5;

    private TestHost host;
    private final List<AutoCloseable> toClose = new ArrayList<>();
    /** What waiting reverse clients report ("Waiting for a reverse connection ..."). */
    private final TextLog progress = new TextLog();
    private final ExecutorService waiters = Executors.newCachedThreadPool();

    @BeforeEach
    void startHost() {
        host = new TestHost(this::tcp, TestHost.fastSettings());
    }

    @AfterEach
    void stopHost() throws Exception {
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
        host.close();
        waiters.shutdownNow();
    }

    @Test
    void connectionsResetMidOutputLeaveTheOthersAndTheSessionIntact() throws Exception {
        ServerEntry server = host.startServer("tcp:port=" + RANGE);
        TestClient alice = join(server, new Identity("ALICEBOX", "alice"));
        List<RawLink> doomed = new ArrayList<>();
        for (int i = 0; i < RESETS; i++) {
            RawLink link = RawLink.openSmallBuffer(address(server));
            toClose.add(link);
            assertThat(link.join("DOOMED" + i, "d", Optional.empty())).isInstanceOf(Frame.Accepted.class);
            doomed.add(link);
        }
        host.console.log.await("DOOMED" + (RESETS - 1) + "\\d");

        host.type("flood " + FLOOD_LINES + " 100 during");
        for (RawLink link : doomed) {
            link.abort();
        }

        host.console.log.awaitCount(") disconnected at ", RESETS, Duration.ofSeconds(20));
        alice.log().await("during done", Duration.ofSeconds(30));
        assertThat(TextLog.count(alice.log().text(), "during ")).isEqualTo(FLOOD_LINES + 1);
        alice.type(".echo after the resets");
        alice.log().await("after the resets\n");
        assertThat(host.session.isEnding()).isFalse();
    }

    @Test
    void reverseLinksCutMidOutputLeaveTheOthersAndTheSessionIntact() throws Exception {
        ServerEntry server = host.startServer("tcp:port=" + RANGE);
        TestClient alice = join(server, new Identity("ALICEBOX", "alice"));
        List<LinkRelay> relays = new ArrayList<>();
        List<TestClient> reverse = new ArrayList<>();
        for (int i = 0; i < REVERSE_LINKS; i++) {
            int clientPort = FreePorts.one();
            LinkRelay relay = new LinkRelay(FreePorts.one(), clientPort);
            toClose.add(relay);
            relays.add(relay);
            Identity who = new Identity("REVBOX" + i, "r");
            CompletableFuture<TestClient> waiting = CompletableFuture.supplyAsync(() -> joinReverse(clientPort, who), waiters);
            progress.await("Waiting for a reverse connection from 127.0.0.1 on port " + clientPort + " ...\n");
            host.startServer("tcp:port=" + relay.port() + ",clicon=127.0.0.1");
            reverse.add(waiting.orTimeout(10, TimeUnit.SECONDS).join());
        }
        host.console.log.await("REVBOX" + (REVERSE_LINKS - 1) + "\\r");

        host.type("flood " + FLOOD_LINES + " 100 during");
        reverse.get(0).log().await("during 001000");
        relays.forEach(LinkRelay::cut);

        for (TestClient client : reverse) {
            assertThat(client.awaitOutcome().error()).hasValueSatisfying(error ->
                    assertThat(error).doesNotStartWith("Error").contains("connection to the host"));
        }
        host.console.log.awaitCount(") ended: the reverse link to 127.0.0.1:", REVERSE_LINKS, Duration.ofSeconds(20));
        alice.log().await("during done", Duration.ofSeconds(30));
        assertThat(TextLog.count(alice.log().text(), "during ")).isEqualTo(FLOOD_LINES + 1);
        alice.type(".echo after the cuts");
        alice.log().await("after the cuts\n");
        assertThat(host.session.isEnding()).isFalse();
    }

    @Test
    void aClientThatTakesNothingDoesNotKeepAnEndedSessionFromEnding() throws Exception {
        Duration bound = Duration.ofMillis(300);
        // a stall timeout longer than the test, so the paused link is never dropped for not keeping up
        try (TestHost shortEnd = new TestHost(this::tcp, TestHost.fastSettings().with(SessionSettings.END_FLUSH_TIMEOUT, bound)
                .with(SessionSettings.PARTICIPANT_STALL_TIMEOUT, Duration.ofMinutes(5)))) {
            ServerEntry server = shortEnd.startServer("tcp:port=" + RANGE);
            RawLink paused = RawLink.openSmallBuffer(address(server));
            toClose.add(paused);
            assertThat(paused.join("PAUSEDBOX", "p", Optional.empty())).isInstanceOf(Frame.Accepted.class);
            shortEnd.console.log.await("PAUSEDBOX");

            // ~10 MB: more than the kernel's socket buffers hold, so output stays queued for the paused link
            shortEnd.type("flood 100000 100 stuck; q");

            assertThat(shortEnd.session.ended().toCompletableFuture().get(10, TimeUnit.SECONDS))
                    .isEqualTo("Session ended by the host.");
        }
    }

    @Test
    void theHostEndingWithOutputQueuedDeliversAllOfItToEveryClientThenExitZero() throws Exception {
        ServerEntry server = host.startServer("tcp:port=" + RANGE);
        List<TestClient> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(join(server, new Identity("BOX" + i, "user" + i)));
        }
        host.console.log.await("BOX" + (CLIENTS - 1) + "\\user");

        host.type("flood " + FLOOD_LINES + " 100 last; q");

        for (TestClient client : clients) {
            assertThat(client.awaitOutcome().exitCode()).isZero();
            String seen = client.log().text();
            assertThat(TextLog.count(seen, "last ")).isEqualTo(FLOOD_LINES + 1);
            assertThat(seen).endsWith("last done\nSession ended by the host.\n");
        }
    }

    private TestClient join(ServerEntry server, Identity who) throws Exception {
        TestClient client = TestClient.join(host.transports, "tcp:server=127.0.0.1,port=" + address(server).getPort(), who);
        toClose.add(client);
        return client;
    }

    private TestClient joinReverse(int port, Identity who) {
        try {
            TestClient client = TestClient.join(host.transports, "tcp:clicon=127.0.0.1,port=" + port, who);
            toClose.add(client);
            return client;
        } catch (ClientException e) {
            throw new CompletionException(e);
        }
    }

    private static InetSocketAddress address(ServerEntry server) {
        return new InetSocketAddress("127.0.0.1", ((TcpSpec) server.spec()).port().low());
    }

    private Transports tcp(EventLoops loops) {
        return TestTransports.on(loops).tcp(line -> progress.append(line + "\n")).build();
    }
}
