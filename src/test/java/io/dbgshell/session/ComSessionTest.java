package io.dbgshell.session;

import io.dbgshell.config.Tunables;
import io.dbgshell.host.HostSettings;
import io.dbgshell.transport.spec.CommonParams;
import io.dbgshell.testing.TestTransports;
import io.dbgshell.client.ClientException;
import io.dbgshell.protocol.Frame;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.server.ServerState;
import io.dbgshell.testing.RawLink;
import io.dbgshell.testing.TestClient;
import io.dbgshell.testing.TestHost;
import io.dbgshell.testing.TextLog;
import io.dbgshell.transport.serial.ComSpec;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.security.Password;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.Transports;
import io.dbgshell.transport.serial.ComClientTransport;
import io.dbgshell.transport.serial.ComServerTransport;
import io.dbgshell.transport.serial.ComSettings;
import io.dbgshell.transport.serial.PtyRelay;
import io.dbgshell.transport.serial.SerialLines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shared session behaviour over {@code com:}, through two real ptys joined by a {@link PtyRelay}
 * (side A: the host's servers; side B: every client), plus what only a serial line has: damaged
 * bytes, a cut cable, channels shared by independent sessions.
 *
 * <p>A com server takes one client at a time (a line has one far end, and a process uses a channel
 * once), so where a suite test brings a further client to a server that already has one, that client
 * joins through a second server of the same session on the next free channel of the same line, with
 * the same parameters: what a host does to let several people in over one cable.
 */
class ComSessionTest extends AbstractSessionTransportTest {
    private static final int BAUD = 115200;
    private static final Tunables FAST = Tunables.DEFAULTS.with(ComSettings.HEARTBEAT_INTERVAL, Duration.ofMillis(100))
            .with(ComSettings.PEER_DEADLINE, Duration.ofMillis(600)).with(ComSettings.CONNECT_TIMEOUT, Duration.ofSeconds(3));
    private static final Duration WAIT = Duration.ofSeconds(5);

    private PtyRelay relay;
    private SerialLines lines;
    private final List<SerialLines> moreLines = new ArrayList<>();
    private final Set<Integer> taken = new HashSet<>();
    private int lastChannel;
    private String serverExtra = "";

    @Override
    protected Transports transports(EventLoops loops) {
        if (relay == null) {
            try {
                relay = PtyRelay.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            lines = new SerialLines(FAST);
        }
        return TestTransports.on(loops).com(lines).build();
    }

    @Override
    @AfterEach
    void stopHost() throws Exception {
        super.stopHost();
        moreLines.forEach(SerialLines::close);
        lines.close();
        relay.close();
    }

    @Override
    protected String serverTransport(String extra) {
        serverExtra = extra;
        return comServer(relay.pathA(), 0, extra);
    }

    @Override
    protected String clientTransport(ServerEntry server, String extra) {
        return comServer(relay.pathB(), channelFor(server), extra);
    }

    @Override
    protected RawLink rawLink(ServerEntry server) throws IOException {
        return rawLinkOn(channelFor(server));
    }

    @Override
    protected String connectionPrefix() {
        return "(com " + relay.pathA() + "/";
    }

    private static String comServer(String port, int channel, String extra) {
        return "com:port=" + port + ",baud=" + BAUD + ",channel=" + channel + extra;
    }

    /** The server's channel for its first client; a sibling server's for each further one (see the class comment). */
    private int channelFor(ServerEntry server) {
        int channel = ((ComSpec) server.spec()).channel();
        if (server.state() != ServerState.RUNNING || taken.add(channel)) {
            return channel;
        }
        lastChannel = Math.max(lastChannel, channel) + 1;
        taken.add(lastChannel);
        host.startServer(comServer(relay.pathA(), lastChannel, serverExtra));
        return lastChannel;
    }

    private RawLink rawLinkOn(int channel) throws IOException {
        ComClientTransport clients = new ComClientTransport(lines);
        ComSpec spec = new ComSpec(Role.CLIENT, relay.pathB(), BAUD, channel, CommonParams.NONE);
        return RawLink.over(initializer -> clients.connect(spec, initializer));
    }

    /**
     * A raw link on a channel this process used a moment ago: its last connection gives the channel
     * back once the CLOSE handshake is over, a few event-loop turns after the link closed.
     */
    private RawLink rawLinkOnceFree(int channel) throws IOException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try {
                return rawLinkOn(channel);
            } catch (IOException e) {
                if (!e.getMessage().contains("already in use in this process") || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.onSpinWait();
            }
        }
    }

    /**
     * Over com the line acknowledges every frame as it arrives, so a client that stops reading keeps
     * its backlog in its own process and never holds up the host's side: it stays connected, and
     * everyone else keeps receiving everything. (A line too slow for the output is the session's
     * "could not keep up" case, which a silent peer turns into the vanished-peer case below.)
     */
    @Override
    @Test
    void aClientThatStopsReadingIsDroppedWhileTheOthersKeepReceiving() throws Exception {
        ServerEntry server = host.startServer(serverTransport(""));
        TestClient alice = join(server, ALICE, "");
        RawLink stalled = raw(server);
        assertThat(stalled.join("STALLED", "sam", Optional.empty())).isInstanceOf(Frame.Accepted.class);
        host.console.log.await("STALLED\\sam");

        for (int i = 0; i < 4; i++) {
            host.type("flood 200 100 burst" + i);
        }

        alice.log().await("burst3 done", Duration.ofSeconds(30));
        assertThat(TextLog.count(alice.log().text(), "burst")).isGreaterThanOrEqualTo(4 * 201);
        host.type(".clients");
        assertThat(host.console.log.awaitCount(", last active ", 3, TextLog.DEFAULT_WAIT)).contains("STALLED\\sam");
    }

    /**
     * A com server has one client at a time, so "new ones are refused" is checked on the server's own
     * channel once its client has left: nobody answers there any more.
     */
    @Override
    @Test
    void endsrvKeepsAttachedClientsAndRefusesNewOnes() throws Exception {
        ServerEntry server = host.startServer(serverTransport(""));
        TestClient alice = join(server, ALICE, "");
        host.console.log.await("ALICEBOX\\alice");

        alice.type(".endsrv " + server.id());
        alice.log().await("Server told to exit.  Actual exit may be delayed until\nthe next connection attempt.\n");
        alice.type(".servers");
        alice.log().await(server.id() + " - <Disabled, exit pending>");
        alice.type(".echo alice still in");
        alice.log().await("alice still in\n");
        alice.type("q");
        assertThat(alice.awaitOutcome().exitCode()).isZero();

        assertThatThrownBy(() -> rawLinkOnceFree(((ComSpec) server.spec()).channel()))
                .isInstanceOf(IOException.class).hasMessageContaining("no server answered");
    }

    /** Guesses one after another on the server's one channel: the throttle keys on the line and channel. */
    @Override
    @Test
    void repeatedWrongPasswordsFromOneAddressAreAnsweredEverMoreSlowly() throws Exception {
        host.close();
        host = new TestHost(this::transports, settings()
                .with(HostSettings.AUTH_FAILURE_BASE_DELAY, Duration.ofMillis(100))
                .with(HostSettings.AUTH_FAILURE_MAX_DELAY, Duration.ofSeconds(2)));
        ServerEntry server = host.startServer(serverTransport(",password=right"));
        int channel = ((ComSpec) server.spec()).channel();
        List<Long> answerMillis = new ArrayList<>();
        for (int attempt = 0; attempt < 4; attempt++) {
            try (RawLink guesser = rawLinkOnceFree(channel)) {
                long start = System.nanoTime();
                Frame answer = guesser.join("EVE", "eve", Optional.ofNullable(Password.ofOrNull("guess" + attempt)));
                answerMillis.add((System.nanoTime() - start) / 1_000_000);
                assertThat(answer).isInstanceOf(Frame.Refused.class);
            }
        }
        assertThat(answerMillis.get(3)).isGreaterThanOrEqualTo(800);
        assertThat(answerMillis.get(3)).isGreaterThan(answerMillis.get(0));
    }

    @Test
    void theServerIsListedAndAdvertisedWithItsLineSettings() {
        ServerEntry server = host.startServer(serverTransport(",password=s3cret"));

        host.console.log.await("Client can connect with: dbgshell -remote com:Port=" + relay.pathA()
                + ",Baud=115200,Channel=0,Password=<password>\n");
        host.type(".servers");
        host.console.log.await(server.id() + " - Debugger Server - com:Port=" + relay.pathA()
                + ",Baud=115200,Channel=0,Password=*\n");
    }

    @Test
    void bytesDamagedOnTheLineAreDroppedAndTheOutputArrivesIntact() throws Exception {
        ServerEntry server = host.startServer(serverTransport(""));
        TestClient alice = join(server, ALICE, "");
        alice.log().await("dbg> ");
        int[] damaged = {0};
        relay.tamperAToB(chunk -> {
            if (damaged[0] < 5 && chunk.length > 64) {
                damaged[0]++;
                chunk[chunk.length / 2] ^= 0x5A;
            }
            return chunk;
        });

        host.type("flood 300 80 noisy");

        alice.log().await("noisy done");
        String seen = alice.log().text();
        for (int i = 0; i < 300; i++) {
            assertThat(seen).contains("noisy " + String.format("%06d", i) + "x".repeat(80 - 5 - 8) + "\n");
        }
        assertThat(lines.counters(relay.pathB()).orElseThrow().framesDropped()).isPositive();
        alice.type(".echo still talking");
        host.console.log.await("still talking\n");
    }

    @Test
    void aClientWhoseLineGoesDeadIsDisconnectedWithinThePeerDeadline() throws Exception {
        ServerEntry server = host.startServer(serverTransport(""));
        join(server, ALICE, "");
        host.console.log.await("ALICEBOX\\alice " + connectionPrefix());
        long start = System.nanoTime();

        relay.cut();

        host.console.log.awaitPattern("ALICEBOX\\\\alice \\(com .*/0\\) disconnected at ");
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isLessThan(FAST.get(ComSettings.PEER_DEADLINE).plus(FAST.get(ComSettings.HEARTBEAT_INTERVAL)).plusMillis(500));
        int before = host.console.log.text().length();
        host.type(".clients");
        String listing = host.console.log.await("HOSTBOX\\hostuser, last active ").substring(before);
        assertThat(listing).doesNotContain("ALICEBOX");
    }

    /**
     * Two sessions on one line: each process opens its end of the cable once (a device is exclusive),
     * so the two sessions are hosted at opposite ends. This JVM's {@code lines} stand for the process
     * at end A, hosting a session on channel 3 and joining the other on channel 7; a second registry
     * stands for the process at end B, hosting on channel 7 and joining on channel 3.
     */
    @Test
    void twoChannelsOfOneLineCarryTwoIndependentSessions() throws Exception {
        SerialLines endB = new SerialLines(FAST);
        moreLines.add(endB);
        try (TestHost hostB = new TestHost(loops -> TestTransports.on(loops).com(endB).build(), settings())) {
            Transports transportsB = hostB.transports;
            host.startServer(comServer(relay.pathA(), 3, ""));
            hostB.startServer(comServer(relay.pathB(), 7, ""));
            TestClient aliceInA = TestClient.join(transportsB, comServer(relay.pathB(), 3, ""), ALICE);
            TestClient bobInB = TestClient.join(host.transports, comServer(relay.pathA(), 7, ""), BOB);
            try (aliceInA; bobInB) {
                host.console.log.await("ALICEBOX\\alice (com " + relay.pathA() + "/3) connected at ");
                hostB.console.log.await("BOBBOX\\bob (com " + relay.pathB() + "/7) connected at ");

                host.type("flood 200 60 sessionA");
                hostB.type("flood 200 60 sessionB");
                aliceInA.type(".echo alice in A");
                bobInB.type(".echo bob in B");

                aliceInA.log().await("sessionA done");
                bobInB.log().await("sessionB done");
                host.console.log.await("alice in A\n");
                hostB.console.log.await("bob in B\n");
                assertThat(aliceInA.log().text()).doesNotContain("sessionB").doesNotContain("bob in B");
                assertThat(bobInB.log().text()).doesNotContain("sessionA").doesNotContain("alice in A");
                assertThat(host.console.log.text()).doesNotContain("BOBBOX");
                assertThat(hostB.console.log.text()).doesNotContain("ALICEBOX");
            }
        }
    }
}
