package io.dbgshell.session;

import io.dbgshell.protocol.Identity;
import io.dbgshell.testing.TestTransports;
import io.dbgshell.protocol.Frame;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.testing.FloodCommand;
import io.dbgshell.testing.RawLink;
import io.dbgshell.testing.TestClient;
import io.dbgshell.testing.TestHost;
import io.dbgshell.testing.TextLog;
import io.dbgshell.transport.tcp.TcpSpec;
import io.netty.buffer.ByteBufUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one participant can make the host send never costs anyone the connection: output over the
 * frame limit, a join history of long lines, a line too long to send, a name that would reorder or
 * break the lines it appears in. Real host, real tcp clients.
 */
class OutputBoundsTest {
    private static final Identity ALICE = new Identity("ALICEBOX", "alice");
    private static final Identity BOB = new Identity("BOBBOX", "bob");
    /** 4,000 CJK characters: 12,000 bytes of UTF-8, inside the 4,096-character line limit. */
    private static final String CJK_LINE = "漢".repeat(4000);

    private TestHost host;
    private ServerEntry server;
    private TestClient alice;

    @BeforeEach
    void start() throws Exception {
        host = new TestHost(loops -> TestTransports.tcp(loops), TestHost.fastSettings());
        server = host.startServer("tcp:port=27300:27319");
        alice = join(ALICE);
    }

    @AfterEach
    void stop() {
        alice.close();
        host.close();
    }

    @Test
    void aLineOverTheFrameLimitReachesEveryoneCutAndNobodyIsDropped() throws Exception {
        host.type("flood 1 2000000 big");

        String shown = alice.log().await("big done\n");
        String uncut = FloodCommand.text("big", 1, 2_000_000).lines().findFirst().orElseThrow();
        String line = shown.substring(shown.indexOf("big 000000"), shown.indexOf("\nbig done\n"));
        int kept = line.indexOf("... [line cut: ");
        assertThat(line).hasSizeLessThanOrEqualTo(SessionSettings.OUTPUT_LINE_CHARS.defaultValue())
                .startsWith(uncut.substring(0, kept))
                .endsWith("... [line cut: " + (uncut.length() - kept) + " more characters]");
        assertThat(host.console.log.await("big done\n")).contains("more characters]\nbig done\n");
        assertThat(alice.remote.outcome().toCompletableFuture().isDone()).as("alice is still in the session").isFalse();

        TestClient bob = join(BOB);
        bob.type(".echo bob is in");
        assertThat(bob.log().await("bob is in\n")).contains("[line cut: ");
        bob.close();
    }

    @Test
    void theLineCutAndTheHistoryBoundAreTheSessionsSettings() throws Exception {
        try (TestHost small = new TestHost(loops -> TestTransports.tcp(loops), TestHost.fastSettings()
                .with(SessionSettings.OUTPUT_LINE_CHARS, 100).with(SessionSettings.HISTORY_BYTES, 400))) {
            ServerEntry any = small.startServer("tcp:port=0");
            for (int i = 0; i < 5; i++) {
                small.type(".echo " + i + "x".repeat(300));
            }
            String shown = small.console.log.await("4" + "x".repeat(50));
            TestClient bob = TestClient.join(small.transports,
                    "tcp:server=127.0.0.1,port=" + TestTransports.port(any.spec()), BOB);
            bob.type(".echo bob is in");
            String joined = bob.log().await("bob is in\n");
            bob.close();

            String line = shown.substring(shown.lastIndexOf("\n4x") + 1).lines().findFirst().orElseThrow();
            assertThat(line).hasSizeLessThanOrEqualTo(100).contains("... [line cut: ");
            // five echoed lines and their five outputs, about 95 bytes each: 400 bytes keep four
            assertThat(TextLog.count(joined, "[line cut: ")).isBetween(1, 4);
        }
    }

    @Test
    void aJoinAfterManyLongLinesGetsABoundedHistoryAndStays() throws Exception {
        for (int i = 0; i < 50; i++) {
            host.type(".echo " + CJK_LINE);
        }
        host.console.log.awaitCount(CJK_LINE + "\n", 50, TextLog.DEFAULT_WAIT);

        TestClient bob = join(BOB);
        bob.type(".echo bob is in");
        String shown = bob.log().await("bob is in\n");
        String history = shown.substring(shown.indexOf('\n') + 1, shown.lastIndexOf("bob is in\n"));
        // 100 lines qualify by count (-clines), 50 commands and their output, 1.2 MB in all
        assertThat(TextLog.count(history, CJK_LINE)).isBetween(1, 99);
        assertThat(ByteBufUtil.utf8Bytes(history)).as("the documented bound").isLessThanOrEqualTo(256 * 1024);
        assertThat(bob.remote.outcome().toCompletableFuture().isDone()).isFalse();
        bob.close();
    }

    @Test
    void aClientRefusesALineOverTheLimitItselfAndStaysJoined() {
        alice.type("x".repeat(2 << 20));
        alice.type(".echo still here");

        String shown = alice.log().await("still here\n");
        assertThat(shown).contains("Error: the command line is 2097152 characters long; the limit is 4096\n");
        assertThat(host.console.log.text()).doesNotContain("xxxx");
    }

    @Test
    void aClaimedNameLosesBidiOverridesAndLineSeparators() throws Exception {
        try (RawLink mallory = RawLink.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), port()))) {
            Frame answer = mallory.join("EVIL\u202Eexe.txt", "eve\u2028forged\u2029line\u200B", Optional.empty());

            assertThat(answer).isInstanceOf(Frame.Accepted.class);
            assertThat(((Frame.Accepted) answer).identity()).startsWith("EVILexe.txt\\eveforgedline (tcp ");
            String shown = host.console.log.await("EVILexe.txt\\eveforgedline (tcp ");
            assertThat(shown).doesNotContain("\u202E", "\u2028", "\u2029", "\u200B");
            alice.log().await("EVILexe.txt\\eveforgedline (tcp ");
        }
    }

    private TestClient join(Identity who) throws Exception {
        TestClient client = TestClient.join(host.transports, "tcp:server=127.0.0.1,port=" + port(), who);
        client.log().await("dbgshell ");
        host.console.log.await(who + " (tcp ");
        return client;
    }

    private int port() {
        return ((TcpSpec) server.spec()).port().low();
    }
}
