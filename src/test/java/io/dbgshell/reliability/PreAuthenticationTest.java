package io.dbgshell.reliability;

import io.dbgshell.protocol.ProtocolSettings;
import io.dbgshell.testing.TestTransports;
import io.dbgshell.client.ClientException;
import io.dbgshell.config.Tunables;
import io.dbgshell.host.HostSettings;
import io.dbgshell.protocol.Frame;
import io.dbgshell.protocol.ProtocolVersion;
import io.dbgshell.protocol.RefusalReason;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.protocol.Identity;
import io.dbgshell.testing.Guessers;
import io.dbgshell.testing.TestClient;
import io.dbgshell.testing.TestHost;
import io.dbgshell.security.Password;
import io.dbgshell.transport.tcp.TcpSpec;
import io.dbgshell.transport.Transports;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Connections that have not authenticated, over real tcp from several loopback source addresses
 * (every 127.x address reaches the host): one source holds only its share of them however many it
 * opens, guesses from one source are spaced out however many connections carry them, a guesser that
 * hangs up frees nothing early, the total is capped, and meanwhile a client from another address is
 * served at once.
 */
class PreAuthenticationTest {
    private static final String RANGE = "24620:24639";
    private static final int SILENT = 1000;
    private static final Duration HANDSHAKE = Duration.ofSeconds(3);
    private static final Duration PROMPT_JOIN = Duration.ofSeconds(1);
    private static final Duration PROMPT_REFUSAL = Duration.ofSeconds(1);
    /** Loopback addresses other than 127.0.0.1 route to the host too: the attacker comes from its own. */
    private static final String ATTACKER = "127.0.0.2";
    private static final Identity ALICE = new Identity("ALICEBOX", "alice");

    @Test
    void aSilentFloodFromOneSourceHoldsOnlyItsShareAndAClientFromElsewhereJoinsAtOnce() throws Exception {
        int share = HostSettings.PRE_AUTH_PER_SOURCE.defaultValue();
        try (TestHost host = new TestHost(PreAuthenticationTest::tcp, TestHost.fastSettings().with(ProtocolSettings.HANDSHAKE_TIMEOUT, HANDSHAKE));
             Selector selector = Selector.open()) {
            InetSocketAddress address = address(host.startServer("tcp:port=" + RANGE));
            List<SocketChannel> silent = new ArrayList<>();
            long opened = System.nanoTime();
            try {
                for (int i = 0; i < SILENT; i++) {
                    SocketChannel channel = SocketChannel.open();
                    channel.bind(new InetSocketAddress(ATTACKER, 0));
                    channel.connect(address);
                    channel.configureBlocking(false);
                    channel.register(selector, SelectionKey.OP_READ);
                    silent.add(channel);
                }
                long joining = System.nanoTime();
                try (TestClient alice = TestClient.join(host.transports, "tcp:server=127.0.0.1,port=" + address.getPort(), ALICE)) {
                    alice.log().await("dbgshell ", PROMPT_JOIN);
                    Duration joined = Duration.ofNanos(System.nanoTime() - joining);
                    assertThat(joined).as("join time with %d silent connections from one source", SILENT).isLessThan(PROMPT_JOIN);

                    List<Duration> lifetimes = awaitAllClosed(selector, opened, HANDSHAKE.multipliedBy(3));
                    assertThat(lifetimes).hasSize(SILENT);
                    Collections.sort(lifetimes);
                    // the source's share waits for the deadline; every other connection is refused at once
                    assertThat(lifetimes.subList(SILENT - share, SILENT))
                            .allSatisfy(life -> assertThat(life).isGreaterThanOrEqualTo(HANDSHAKE.minusMillis(100)));
                    assertThat(lifetimes.get(SILENT - share - 1)).isLessThan(HANDSHAKE.minusMillis(100));
                    System.out.printf("%d silent connections from one source: client joined in %d ms; %d held until %d..%d ms"
                                    + " (deadline %d ms), the rest refused by %d ms%n",
                            SILENT, joined.toMillis(), share, lifetimes.get(SILENT - share).toMillis(),
                            lifetimes.get(SILENT - 1).toMillis(), HANDSHAKE.toMillis(), lifetimes.get(SILENT - share - 1).toMillis());
                    alice.type(".echo still here");
                    alice.log().await("still here\n");
                }
            } finally {
                for (SocketChannel channel : silent) {
                    channel.close();
                }
            }
        }
    }

    @Test
    void parallelGuessersFromOneSourceGetOneGuessPerDelayWhileAnotherAddressJoinsAtOnce() throws Exception {
        Duration cap = Duration.ofMillis(400);
        Duration guessing = Duration.ofSeconds(4);
        int guessers = 50;
        int share = HostSettings.PRE_AUTH_PER_SOURCE.defaultValue();
        Tunables settings = TestHost.fastSettings().with(HostSettings.AUTH_FAILURE_BASE_DELAY, Duration.ofMillis(100))
                .with(HostSettings.AUTH_FAILURE_MAX_DELAY, cap);
        try (TestHost host = new TestHost(PreAuthenticationTest::tcp, settings)) {
            InetSocketAddress address = address(host.startServer("tcp:port=" + RANGE + ",password=right"));
            long start = System.nanoTime();
            long end = start + guessing.toNanos();
            List<Long> answers = Collections.synchronizedList(new ArrayList<>());
            // one thread for all 50 connections, as an attacker elsewhere: 50 threads would starve the host's
            Thread guessing50 = new Thread(new Guessers(address, n -> ATTACKER, guessers, end, answers), "guessers");
            guessing50.start();
            try {
                awaitNanos(start + guessing.toNanos() / 2);
                long joining = System.nanoTime();
                try (TestClient alice = TestClient.join(host.transports,
                        "tcp:server=127.0.0.1,port=" + address.getPort() + ",password=right", ALICE)) {
                    alice.log().await("dbgshell ");
                    assertThat(Duration.ofNanos(System.nanoTime() - joining)).isLessThan(PROMPT_JOIN);
                }
            } finally {
                guessing50.join(guessing.toMillis() + HANDSHAKE.toMillis());
            }
            List<Long> times = new ArrayList<>(answers);
            assertThat(times).as("wrong-password answers").hasSizeGreaterThan(share);
            Collections.sort(times);
            // the first guesses go out before any failure is known, at most the source's share of them;
            // from then on greetings queue one delay apart, the delay reaching its cap after a few failures
            // (answers are held as long, so some come after the end: the window runs to the last)
            long last = Math.max(end, times.get(times.size() - 1));
            double seconds = (last - times.get(share - 1)) / 1e9;
            int later = times.size() - share;
            System.out.printf("%d parallel guessers from one source over %d ms: %d wrong-password answers, %d after the first %d, over %.1f s"
                            + " (%.2f/s; one per %d ms allowed)%n",
                    guessers, guessing.toMillis(), times.size(), later, share, seconds, later / seconds, cap.toMillis());
            assertThat(later).isLessThanOrEqualTo((int) (seconds * 1000 / cap.toMillis()) + share);
            host.console.log.awaitPattern("Refused EVE\\\\eve .*: wrong password");
        }
    }

    @Test
    void aGuesserThatHangsUpAfterAWrongAnswerStillCountsUntilItsHoldHasPassed() throws Exception {
        Duration hold = Duration.ofSeconds(3);
        Duration noticed = Duration.ofSeconds(1);
        try (TestHost host = new TestHost(PreAuthenticationTest::tcp, TestHost.fastSettings()
                .with(HostSettings.AUTH_FAILURE_BASE_DELAY, hold).with(HostSettings.AUTH_FAILURE_MAX_DELAY, hold)
                .with(HostSettings.PRE_AUTH_PER_SOURCE, 1))) {
            InetSocketAddress address = address(host.startServer("tcp:port=" + RANGE + ",password=right"));
            long answered;
            try (BlockingLink link = new BlockingLink(new InetSocketAddress(ATTACKER, 0), address, Duration.ofSeconds(5))) {
                Frame.Hello hello = (Frame.Hello) link.read();
                link.write(wrongJoin(hello));
                answered = System.nanoTime();
            } // hangs up without waiting for the answer
            // long enough for the host to have seen the hang-up, well within the hold
            awaitNanos(answered + noticed.toNanos());
            try (BlockingLink again = new BlockingLink(new InetSocketAddress(ATTACKER, 0), address, PROMPT_REFUSAL)) {
                assertThat(again.read()).isInstanceOfSatisfying(Frame.Refused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.NOT_ACCEPTING));
            }
            assertThat(Duration.ofNanos(System.nanoTime() - answered)).as("checked within the hold").isLessThan(hold);
            awaitNanos(answered + hold.toNanos() + 200_000_000L);
            try (BlockingLink later = new BlockingLink(new InetSocketAddress(ATTACKER, 0), address, Duration.ofSeconds(5))) {
                assertThat(later.read()).isInstanceOf(Frame.Hello.class);
            }
        }
    }

    @Test
    void pastTheTotalCapEveryNewConnectionIsRefusedWithOneClearLine() throws Exception {
        int full = 5;
        try (TestHost host = new TestHost(PreAuthenticationTest::tcp, TestHost.fastSettings()
                .with(ProtocolSettings.HANDSHAKE_TIMEOUT, HANDSHAKE).with(HostSettings.PRE_AUTH_REFUSE_FROM, full)
                .with(HostSettings.PRE_AUTH_REFUSE_PERCENT, 100).with(HostSettings.PRE_AUTH_FULL, full))) {
            InetSocketAddress address = address(host.startServer("tcp:port=" + RANGE));
            List<BlockingLink> silent = new ArrayList<>();
            try {
                for (int i = 0; i < full; i++) {
                    BlockingLink link = new BlockingLink(new InetSocketAddress("127.0.0." + (10 + i), 0), address, PROMPT_REFUSAL);
                    assertThat(link.read()).isInstanceOf(Frame.Hello.class);
                    silent.add(link);
                }
                assertThatThrownBy(() -> TestClient.join(host.transports, "tcp:server=127.0.0.1,port=" + address.getPort(), ALICE))
                        .isInstanceOf(ClientException.class)
                        .hasMessage("the host refused the connection: too many connections are awaiting authentication");
                silent.remove(0).close();
                // the host sees that hang-up on its event loop a moment after the close: a join that
                // comes before is still refused, so try until the host has seen it, within a deadline
                long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                TestClient alice = null;
                while (alice == null) {
                    try {
                        alice = TestClient.join(host.transports, "tcp:server=127.0.0.1,port=" + address.getPort(), ALICE);
                    } catch (ClientException refused) {
                        assertThat(System.nanoTime()).as("a place freed within 5 s").isLessThan(deadline);
                    }
                }
                try (TestClient joined = alice) {
                    joined.log().await("dbgshell ", PROMPT_JOIN);
                }
            } finally {
                for (BlockingLink link : silent) {
                    link.close();
                }
            }
        }
    }

    private static Frame.Join wrongJoin(Frame.Hello hello) {
        return new Frame.Join(ProtocolVersion.CURRENT, "EVE", "eve", Guessers.wrongKey(hello), new byte[32], false);
    }

    /** Waits for a moment on the nanosecond clock without sleeping: a timed wait on a latch nobody opens. */
    private static void awaitNanos(long deadline) throws InterruptedException {
        java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
        long left = deadline - System.nanoTime();
        if (left > 0) {
            assertThat(never.await(left, TimeUnit.NANOSECONDS)).isFalse();
        }
    }

    private static List<Duration> awaitAllClosed(Selector selector, long openedNanos, Duration wait) throws IOException {
        List<Duration> lifetimes = new ArrayList<>();
        ByteBuffer sink = ByteBuffer.allocate(4096);
        long deadline = System.nanoTime() + wait.toNanos();
        while (!selector.keys().isEmpty() && System.nanoTime() < deadline) {
            selector.select(100);
            for (SelectionKey key : selector.selectedKeys()) {
                SocketChannel channel = (SocketChannel) key.channel();
                int n;
                try {
                    sink.clear();
                    n = channel.read(sink);
                } catch (IOException reset) {
                    n = -1;
                }
                if (n < 0) {
                    lifetimes.add(Duration.ofNanos(System.nanoTime() - openedNanos));
                    key.cancel();
                }
            }
            selector.selectedKeys().clear();
            selector.selectNow();
        }
        return lifetimes;
    }

    private static InetSocketAddress address(ServerEntry server) {
        return new InetSocketAddress("127.0.0.1", ((TcpSpec) server.spec()).port().low());
    }

    private static Transports tcp(io.dbgshell.transport.EventLoops loops) {
        return TestTransports.tcp(loops);
    }
}
