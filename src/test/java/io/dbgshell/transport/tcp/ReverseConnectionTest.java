package io.dbgshell.transport.tcp;

import io.dbgshell.testing.TestTransports;
import io.dbgshell.client.ClientException;
import io.dbgshell.protocol.Identity;
import io.dbgshell.testing.LinkRelay;
import io.dbgshell.testing.TestClient;
import io.dbgshell.testing.TestHost;
import io.dbgshell.testing.TextLog;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.Transports;
import io.dbgshell.transport.tls.SslFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reverse connections (clicon) on 127.0.0.1, over tcp and ssl: the server dials the waiting client. */
class ReverseConnectionTest {
    private static final Identity ANA = new Identity("ANABOX", "ana");
    /** Far longer than the shrunk backoff (at most 50 ms between attempts): a dialling server would have connected. */
    private static final Duration QUIET = Duration.ofMillis(600);

    enum Kind {
        TCP("tcp:", "tcp:"),
        SSL("ssl:proto=tls1,certuser=srv,", "ssl:proto=tls1,certuser=pinned-srv,");

        private final String serverPrefix;
        private final String clientPrefix;

        Kind(String serverPrefix, String clientPrefix) {
            this.serverPrefix = serverPrefix;
            this.clientPrefix = clientPrefix;
        }

        String server(String port) {
            return serverPrefix + "port=" + port + ",clicon=127.0.0.1,password=s3cret";
        }

        String client(String ports) {
            return clientPrefix + "clicon=127.0.0.1,port=" + ports + ",password=s3cret";
        }

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @TempDir
    Path dir;
    private SslFixture certs;
    private TestHost host;
    private final EventLoops clientLoops = new EventLoops(2);
    private final TextLog progress = new TextLog();
    private Transports clientTransports;
    private final ExecutorService waiters = Executors.newCachedThreadPool();
    private final List<TestClient> clients = new ArrayList<>();
    private int port;

    @BeforeEach
    void start() throws Exception {
        certs = new SslFixture(dir);
        host = new TestHost(loops -> TestTransports.on(loops).tcpAndSsl(certs.hostStores, line -> { }).build(),
                TestHost.fastSettings());
        clientTransports = TestTransports.on(clientLoops)
                .tcpAndSsl(certs.clientStores, line -> progress.append(line + "\n")).build();
        port = FreePorts.consecutive(2);
    }

    @AfterEach
    void stop() {
        clients.forEach(TestClient::close);
        host.close();
        clientLoops.close();
        waiters.shutdownNow();
    }

    /** Starts a client waiting on {@code ports}; completes once a server has dialled in and it has joined. */
    private CompletableFuture<TestClient> waitFor(Kind kind, String ports) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                TestClient client = TestClient.join(clientTransports, kind.client(ports), ANA);
                clients.add(client);
                return client;
            } catch (ClientException e) {
                throw new CompletionException(e);
            }
        }, waiters);
    }

    private static TestClient joined(CompletableFuture<TestClient> waiting) {
        return waiting.orTimeout(10, TimeUnit.SECONDS).join();
    }

    private String waitingLine(int onPort) {
        return "Waiting for a reverse connection from 127.0.0.1 on port " + onPort + " ...\n";
    }

    private void assertInSession(Kind kind, TestClient client, String text) {
        client.type(".echo " + text);
        host.console.log.await("ANABOX\\ana (" + kind.label() + " 127.0.0.1:" + port + ") dbg> .echo " + text + "\n");
        client.log().await(text + "\n");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theClientWaitsFirstThenTheServerDials(Kind kind) {
        CompletableFuture<TestClient> waiting = waitFor(kind, Integer.toString(port));
        progress.await(waitingLine(port));

        host.startServer(kind.server(Integer.toString(port)));

        TestClient client = joined(waiting);
        assertInSession(kind, client, "reversed");
        host.type(".servers");
        host.console.log.await("0 - Debugger Server - " + kind.server(Integer.toString(port))
                .replace("port=", "Port=").replace("clicon=", "Clicon=").replace("password=s3cret", "Password=*")
                .replace("proto=", "Proto=").replace("certuser=", "Certuser=") + " (connected)\n");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theServerStartsFirstAndKeepsDialling(Kind kind) {
        host.startServer(kind.server(Integer.toString(port)));
        host.type(".servers");
        host.console.log.awaitPattern("^0 - Debugger Server - .*Clicon=127\\.0\\.0\\.1.* \\(dialling\\)$");

        TestClient client = joined(waitFor(kind, Integer.toString(port)));

        assertInSession(kind, client, "late");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aConnectionFromAnotherAddressIsRefused(Kind kind) throws Exception {
        CompletableFuture<TestClient> waiting = waitFor(kind, Integer.toString(port));
        progress.await(waitingLine(port));

        try (Socket stranger = new Socket()) {
            stranger.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0));
            stranger.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            stranger.setSoTimeout((int) TextLog.DEFAULT_WAIT.toMillis());
            assertThat(stranger.getInputStream().read()).isEqualTo(-1);
        }
        progress.awaitPattern("^Refused a connection from 127\\.0\\.0\\.2:\\d+: only 127\\.0\\.0\\.1 may connect$");
        assertThat(waiting).isNotDone();

        host.startServer(kind.server(Integer.toString(port)));
        assertInSession(kind, joined(waiting), "still waiting for the right one");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aClientLeavingEndsTheReverseServer(Kind kind) {
        host.startServer(kind.server(Integer.toString(port)));
        TestClient client = joined(waitFor(kind, Integer.toString(port)));
        host.console.log.await("connected at");

        client.close();

        host.console.log.await("ANABOX\\ana (" + kind.label() + " 127.0.0.1:" + port + ") disconnected at");
        host.console.log.awaitPattern("^Server 0 \\(.*\\) ended: the reverse link to 127\\.0\\.0\\.1:" + port + " was lost$");
        host.type(".servers");
        host.console.log.awaitPattern("^0 - <Ended: the reverse link to 127\\.0\\.0\\.1:" + port + " was lost> - "
                + kind.label() + ":.*$");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aLinkCutInTheNetworkIsReportedToBothSides(Kind kind) throws Exception {
        int relayPort = FreePorts.one();
        try (LinkRelay relay = new LinkRelay(relayPort, port)) {
            CompletableFuture<TestClient> waiting = waitFor(kind, Integer.toString(port));
            progress.await(waitingLine(port));
            host.startServer(kind.server(Integer.toString(relayPort)));
            TestClient client = joined(waiting);
            host.console.log.await("connected at");

            relay.cut();

            assertThat(client.awaitOutcome().error()).hasValueSatisfying(error ->
                    assertThat(error).doesNotStartWith("Error").contains("connection to the host"));
            host.console.log.await(") disconnected at");
            host.console.log.await("ended: the reverse link to 127.0.0.1:" + relayPort + " was lost\n");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void endsrvStopsTheDialling(Kind kind) {
        host.startServer(kind.server(Integer.toString(port)));
        host.type(".endsrv 0");
        host.console.log.await("Server told to exit.");

        CompletableFuture<TestClient> waiting = waitFor(kind, Integer.toString(port));
        progress.await(waitingLine(port));

        assertThatThrownBy(() -> waiting.get(QUIET.toMillis(), TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        host.type(".servers");
        host.console.log.await("0 - <Disabled, exit pending>\n");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theClientSkipsABusyPortOfItsRange(Kind kind) throws IOException {
        try (ServerSocket busy = new ServerSocket()) {
            busy.bind(new InetSocketAddress(port));
            CompletableFuture<TestClient> waiting = waitFor(kind, port + ":" + (port + 1));
            progress.await(waitingLine(port + 1));

            host.startServer(kind.server(Integer.toString(port + 1)));

            joined(waiting).type(".echo next port");
            host.console.log.await("ANABOX\\ana (" + kind.label() + " 127.0.0.1:" + (port + 1) + ") dbg> .echo next port\n");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aRangeOnTheServerSideIsRefused(Kind kind) {
        host.type(".server " + kind.server(port + ":" + (port + 1)));

        host.console.log.await("Error: port '" + port + ":" + (port + 1) + "' must be a single port with 'clicon'");
        assertThat(host.session.servers().list()).isEmpty();
    }
}
