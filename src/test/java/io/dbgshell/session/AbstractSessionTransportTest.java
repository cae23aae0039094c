package io.dbgshell.session;

import io.dbgshell.client.ClientException;
import io.dbgshell.config.Tunables;
import io.dbgshell.host.HostSettings;
import io.dbgshell.protocol.Frame;
import io.dbgshell.protocol.Identity;
import io.dbgshell.protocol.ProtocolSettings;
import io.dbgshell.protocol.ProtocolVersion;
import io.dbgshell.protocol.RefusalReason;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.testing.RawLink;
import io.dbgshell.testing.TestClient;
import io.dbgshell.testing.TestHost;
import io.dbgshell.testing.TextLog;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.security.Password;
import io.dbgshell.transport.Transports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The session behaviour every transport must show, run once per transport by a subclass: joining,
 * prefixes, notices, {@code .endsrv}, passwords, slow and vanished clients, misbehaving peers. Real
 * servers, real clients, real links.
 */
public abstract class AbstractSessionTransportTest {
    protected static final Identity ALICE = new Identity("ALICEBOX", "alice");
    protected static final Identity BOB = new Identity("BOBBOX", "bob");

    protected TestHost host;
    private final List<AutoCloseable> toClose = new ArrayList<>();

    /** The transports this suite runs over, on the host's event loops. */
    protected abstract Transports transports(EventLoops loops);

    /** A server transport string with {@code extra} parameters appended (e.g. {@code ,password=P}). */
    protected abstract String serverTransport(String extra);

    /** The client transport string that joins {@code server}, with {@code extra} parameters appended. */
    protected abstract String clientTransport(ServerEntry server, String extra);

    /** A raw link to {@code server} that speaks the frame protocol directly (below it, whatever the transport needs). */
    protected abstract RawLink rawLink(ServerEntry server) throws IOException;

    /** What notices show in brackets for this transport's clients, e.g. {@code (tcp 127.0.0.1:}. */
    protected abstract String connectionPrefix();

    protected Tunables settings() {
        return TestHost.fastSettings();
    }

    /**
     * How long a link that has not joined may take to be closed for a protocol error: well inside the
     * handshake deadline, which would close it anyway and so prove nothing.
     */
    private Duration beforeTheHandshakeDeadline() {
        return settings().get(ProtocolSettings.HANDSHAKE_TIMEOUT).dividedBy(2);
    }

    @BeforeEach
    void startHost() {
        host = new TestHost(this::transports, settings());
    }

    @AfterEach
    void stopHost() throws Exception {
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
        host.close();
    }

    protected TestClient join(ServerEntry server, Identity who, String extra) throws ClientException {
        TestClient client = TestClient.join(host.transports, clientTransport(server, extra), who);
        toClose.add(client);
        return client;
    }

    protected RawLink raw(ServerEntry server) throws IOException {
        RawLink link = rawLink(server);
        toClose.add(link);
        return link;
    }

    @Test
    void aJoiningClientSeesTheBannerThenRecentOutputThenThePrompt() throws Exception {
        ServerEntry server = host.startServer(serverTransport(""));
        host.type(".echo said before anyone joined");
        host.console.log.await("said before anyone joined\n");

        TestClient alice = join(server, ALICE, "");

        String seen = alice.log().await("said before anyone joined");
        assertThat(seen).startsWith("dbgshell ").contains("(protocol " + ProtocolVersion.CURRENT + ")");
        assertThat(seen.indexOf("(protocol")).isLessThan(seen.indexOf("said before anyone joined"));
        alice.display.prompts.await("dbg> \n");
        assertThat(alice.display.currentPrompt()).isEqualTo("dbg> ");
        host.console.log.await("ALICEBOX\\alice " + connectionPrefix());
        host.console.log.awaitPattern("ALICEBOX\\\\alice \\(.*\\) connected at \\w{3} \\w{3} \\d{2} \\d{2}:\\d{2}:\\d{2} \\d{4}");
    }

    @Test
    void everyoneSeesEachCommandWithItsOriginAndItsOutput() throws Exception {
        ServerEntry server = host.startServer(serverTransport(""));
        TestClient alice = join(server, ALICE, "");
        TestClient bob = join(server, BOB, "");
        alice.log().await("BOBBOX\\bob");

        alice.type(".echo hello from alice");
        String aliceCommand = "ALICEBOX\\alice " + connectionPrefix();
        host.console.log.awaitPattern("^" + java.util.regex.Pattern.quote(aliceCommand) + ".*\\) dbg> \\.echo hello from alice$");
        host.console.log.await("hello from alice\n");
        bob.log().awaitPattern("ALICEBOX\\\\alice \\(.*\\) dbg> \\.echo hello from alice\nhello from alice\n");
        alice.log().await("hello from alice\n");
        assertThat(alice.log().text()).doesNotContain("dbg> .echo hello from alice");

        host.type(".echo hello from the host");
        alice.log().await("dbg> .echo hello from the host\nhello from the host\n");
        bob.log().await("dbg> .echo hello from the host\nhello from the host\n");
        assertThat(bob.log().text()).doesNotContain("HOSTBOX\\hostuser (");
    }

    @Test
    void clientsListsTheHostAndEveryClient() throws Exception {
        ServerEntry server = host.startServer(serverTransport(""));
        join(server, ALICE, "");
        TestClient bob = join(server, BOB, "");
        host.console.log.await("BOBBOX\\bob");

        bob.type(".clients");
        String listing = bob.log().awaitCount(", last active ", 3, TextLog.DEFAULT_WAIT);
        assertThat(listing).contains("HOSTBOX\\hostuser, last active ")
                .contains("ALICEBOX\\alice " + connectionPrefix())
                .contains("BOBBOX\\bob " + connectionPrefix());
    }

    @Test
    void leavingWithQTellsTheOthersAndEndsCleanly() throws Exception {
        ServerEntry server = host.startServer(serverTransport(""));
        TestClient alice = join(server, ALICE, "");
        TestClient bob = join(server, BOB, "");
        alice.log().await("BOBBOX\\bob");

        bob.type("q");

        assertThat(bob.awaitOutcome().exitCode()).isZero();
        alice.log().awaitPattern("BOBBOX\\\\bob \\(.*\\) disconnected at ");
        alice.type(".echo still here");
        alice.log().await("still here\n");
    }

    @Test
    void theHostEndingTheSessionFlushesOutputAndEveryClientExitsCleanly() throws Exception {
        ServerEntry server = host.startServer(serverTransport(""));
        TestClient alice = join(server, ALICE, "");
        host.console.log.await("ALICEBOX\\alice");

        host.type("flood 2000 100 last; q");

        assertThat(alice.awaitOutcome().exitCode()).isZero();
        assertThat(alice.log().text()).contains("last 001999").contains("last done").contains("Session ended by the host.");
    }

    @Test
    void qqFromAClientEndsTheSessionForEveryone() throws Exception {
        ServerEntry server = host.startServer(serverTransport(""));
        TestClient alice = join(server, ALICE, "");
        TestClient bob = join(server, BOB, "");
        alice.log().await("BOBBOX\\bob");

        bob.type("qq");

        assertThat(alice.awaitOutcome().exitCode()).isZero();
        assertThat(bob.awaitOutcome().exitCode()).isZero();
        assertThat(alice.log().text()).contains("Session ended by BOBBOX\\bob");
        assertThat(host.session.ended().toCompletableFuture().join()).contains("BOBBOX\\bob");
    }

    @Test
    void endsrvKeepsAttachedClientsAndRefusesNewOnes() throws Exception {
        ServerEntry server = host.startServer(serverTransport(""));
        TestClient alice = join(server, ALICE, "");
        host.console.log.await("ALICEBOX\\alice");

        alice.type(".endsrv " + server.id());
        alice.log().await("Server told to exit.  Actual exit may be delayed until\nthe next connection attempt.\n");
        alice.type(".servers");
        alice.log().await(server.id() + " - <Disabled, exit pending>");

        assertThatThrownBy(() -> join(server, BOB, "")).isInstanceOf(ClientException.class);
        alice.type(".echo alice still in");
        alice.log().await("alice still in\n");
    }

    @Test
    void theRightPasswordJoinsAndAWrongOneIsRefusedOnBothSides() throws Exception {
        ServerEntry server = host.startServer(serverTransport(",password=s3cret"));
        assertThat(server.spec().listing()).contains("Password=*").doesNotContain("s3cret");

        join(server, ALICE, ",password=s3cret").log().await("dbgshell ");

        assertThatThrownBy(() -> join(server, BOB, ",password=wrong"))
                .isInstanceOf(ClientException.class).hasMessageContaining("Error 0x80004005");
        host.console.log.awaitPattern("Refused BOBBOX\\\\bob .*: wrong password");
        assertThatThrownBy(() -> join(server, BOB, ""))
                .isInstanceOf(ClientException.class).hasMessageContaining("Error 0x80004005");
        assertThat(host.console.log.text()).doesNotContain("s3cret");
    }

    @Test
    void aClientThatStopsReadingIsDroppedWhileTheOthersKeepReceiving() throws Exception {
        ServerEntry server = host.startServer(serverTransport(""));
        TestClient alice = join(server, ALICE, "");
        RawLink stalled = raw(server);
        assertThat(stalled.join("STALLED", "sam", Optional.empty())).isInstanceOf(Frame.Accepted.class);
        host.console.log.await("STALLED\\sam");

        // 24 MB: the 4 MB bound plus every socket buffer on the way to sam (a TLS proxy doubles them)
        // is far exceeded while sam never reads; alice, who reads, can never fall the overrun limit
        // (8 x the bound) behind, since less than that is produced at all
        int bursts = 12;
        for (int i = 0; i < bursts; i++) {
            host.type("flood 2000 1000 burst" + i);
        }

        // a literal wait reads only what arrived since its last look, where a pattern rescans the whole
        // log (megabytes of flood) for every piece the host's console shows; and a cold JVM on a loaded
        // machine needs more than the default 10 s for this flood, so the deadline is alice's
        assertThat(host.console.log.await("could not keep up", Duration.ofSeconds(60)))
                .containsPattern("STALLED\\\\sam .* disconnected at .*could not keep up");
        alice.log().await("burst" + (bursts - 1) + " done", Duration.ofSeconds(60));
        assertThat(TextLog.count(alice.log().text(), "burst")).isGreaterThanOrEqualTo(bursts * 2001);
    }

    @Test
    void aClientVanishingMidOutputDoesNotDisturbTheSession() throws Exception {
        ServerEntry server = host.startServer(serverTransport(""));
        TestClient alice = join(server, ALICE, "");
        RawLink doomed = raw(server);
        assertThat(doomed.join("DOOMED", "dan", Optional.empty())).isInstanceOf(Frame.Accepted.class);
        host.console.log.await("DOOMED\\dan");

        host.type("flood 3000 200 during");
        doomed.abort();

        host.console.log.awaitPattern("DOOMED\\\\dan .* disconnected at ");
        alice.log().await("during done");
        alice.type(".echo after the crash");
        alice.log().await("after the crash\n");
    }

    @Test
    void garbageBytesCloseOnlyThatConnection() throws Exception {
        ServerEntry server = host.startServer(serverTransport(""));
        TestClient alice = join(server, ALICE, "");
        RawLink garbage = raw(server);

        garbage.writeRaw("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        assertThat(garbage.closedByPeer(beforeTheHandshakeDeadline())).isTrue();
        alice.type(".echo unharmed");
        alice.log().await("unharmed\n");
    }

    @Test
    void anOversizedFrameClosesOnlyThatConnection() throws Exception {
        ServerEntry server = host.startServer(serverTransport(""));
        TestClient alice = join(server, ALICE, "");
        RawLink big = raw(server);
        assertThat(big.join("BIG", "ben", Optional.empty())).isInstanceOf(Frame.Accepted.class);

        big.writeRaw(new byte[]{0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 5});

        assertThat(big.closedByPeer(Duration.ofSeconds(5))).isTrue();
        host.console.log.awaitPattern("BIG\\\\ben .* disconnected at ");
        alice.type(".echo unharmed");
        alice.log().await("unharmed\n");
    }

    @Test
    void malformedAndOutOfPlaceFramesCloseOnlyThatConnection() throws Exception {
        ServerEntry server = host.startServer(serverTransport(""));
        TestClient alice = join(server, ALICE, "");

        RawLink unknownType = raw(server);
        unknownType.readFrame(Duration.ofSeconds(5));
        unknownType.writeRaw(new byte[]{0, 0, 0, 1, 99});
        assertThat(unknownType.closedByPeer(beforeTheHandshakeDeadline())).isTrue();

        RawLink truncatedField = raw(server);
        truncatedField.readFrame(Duration.ofSeconds(5));
        truncatedField.writeRaw(new byte[]{0, 0, 0, 5, 5, 0, 0, 0, 9});
        assertThat(truncatedField.closedByPeer(beforeTheHandshakeDeadline())).isTrue();

        RawLink inputBeforeJoin = raw(server);
        inputBeforeJoin.readFrame(Duration.ofSeconds(5));
        inputBeforeJoin.write(new Frame.Input("qq"));
        assertThat(inputBeforeJoin.closedByPeer(beforeTheHandshakeDeadline())).isTrue();

        alice.type(".echo unharmed");
        alice.log().await("unharmed\n");
        assertThat(host.session.isEnding()).isFalse();
    }

    @Test
    void anotherProtocolVersionIsRefusedWithTheSameMessageOnBothSides() throws Exception {
        ServerEntry server = host.startServer(serverTransport(""));
        RawLink future = raw(server);
        future.readFrame(Duration.ofSeconds(5));

        future.write(new Frame.Join(ProtocolVersion.CURRENT + 1, "FUTURE", "fay", new byte[0], new byte[0], false));

        Frame answer = future.readFrame(Duration.ofSeconds(5));
        assertThat(answer).isInstanceOf(Frame.Refused.class);
        assertThat(((Frame.Refused) answer).reason()).isEqualTo(RefusalReason.VERSION_MISMATCH);
        assertThat(((Frame.Refused) answer).message()).contains("not using same version of remoting protocol");
        host.console.log.await("Refused FUTURE\\fay");
    }

    @Test
    void aSilentConnectionIsClosedAtTheHandshakeDeadline() throws Exception {
        host.close();
        host = new TestHost(this::transports, settings().with(ProtocolSettings.HANDSHAKE_TIMEOUT, Duration.ofMillis(300)));
        ServerEntry server = host.startServer(serverTransport(""));
        RawLink silent = raw(server);
        long start = System.nanoTime();

        assertThat(silent.closedByPeer(Duration.ofSeconds(5))).isTrue();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
    }

    @Test
    void repeatedWrongPasswordsFromOneAddressAreAnsweredEverMoreSlowly() throws Exception {
        host.close();
        host = new TestHost(this::transports, settings()
                .with(HostSettings.AUTH_FAILURE_BASE_DELAY, Duration.ofMillis(100))
                .with(HostSettings.AUTH_FAILURE_MAX_DELAY, Duration.ofSeconds(2)));
        ServerEntry server = host.startServer(serverTransport(",password=right"));
        List<Long> answerMillis = new ArrayList<>();
        for (int attempt = 0; attempt < 4; attempt++) {
            try (RawLink guesser = rawLink(server)) {
                long start = System.nanoTime();
                Frame answer = guesser.join("EVE", "eve", Optional.ofNullable(Password.ofOrNull("guess" + attempt)));
                answerMillis.add((System.nanoTime() - start) / 1_000_000);
                assertThat(answer).isInstanceOf(Frame.Refused.class);
            }
        }
        // each attempt waits for its greeting and its answer; delays double from 100 ms
        assertThat(answerMillis.get(3)).isGreaterThanOrEqualTo(800);
        assertThat(answerMillis.get(3)).isGreaterThan(answerMillis.get(0));
        TestClient alice = join(server, ALICE, ",password=right");
        alice.log().await("dbgshell ");
    }
}
