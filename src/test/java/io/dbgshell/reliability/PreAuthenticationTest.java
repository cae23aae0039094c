package io.dbgshell.reliability;

import io.dbgshell.config.Settings;
import io.dbgshell.protocol.Frame;
import io.dbgshell.protocol.ProtocolVersion;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.session.Identity;
import io.dbgshell.testing.TestClient;
import io.dbgshell.testing.TestHost;
import io.dbgshell.transport.Protocol;
import io.dbgshell.transport.TcpSpec;
import io.dbgshell.transport.Transports;
import io.dbgshell.transport.tcp.TcpClientTransport;
import io.dbgshell.transport.tcp.TcpServerTransport;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8's pre-authentication checks over tcp: a thousand silent connections neither keep a real
 * client out nor outlive the handshake deadline, and a tight password-guessing loop is slowed down
 * by the throttle while a client from another address is served at once.
 */
class PreAuthenticationTest {
    private static final String RANGE = "24620:24639";
    private static final int SILENT = 1000;
    private static final Duration HANDSHAKE = Duration.ofSeconds(3);
    private static final Duration PROMPT_JOIN = Duration.ofSeconds(1);
    /** Loopback addresses other than 127.0.0.1 route to the host too: the guesser comes from its own. */
    private static final InetSocketAddress GUESSER = new InetSocketAddress("127.0.0.2", 0);
    private static final Duration GUESSING = Duration.ofSeconds(2);
    private static final Identity ALICE = new Identity("ALICEBOX", "alice");

    @Test
    void aThousandSilentConnectionsNeitherKeepAClientOutNorOutliveTheDeadline() throws Exception {
        try (TestHost host = new TestHost(PreAuthenticationTest::tcp, TestHost.fastSettings().withHandshakeTimeout(HANDSHAKE));
             Selector selector = Selector.open()) {
            InetSocketAddress address = address(host.startServer("tcp:port=" + RANGE));
            List<SocketChannel> silent = new ArrayList<>();
            long opened = System.nanoTime();
            try {
                for (int i = 0; i < SILENT; i++) {
                    SocketChannel channel = SocketChannel.open(address);
                    channel.configureBlocking(false);
                    channel.register(selector, SelectionKey.OP_READ);
                    silent.add(channel);
                }
                long joining = System.nanoTime();
                try (TestClient alice = TestClient.join(host.transports, "tcp:server=127.0.0.1,port=" + address.getPort(), ALICE)) {
                    alice.log().await("dbgshell ", PROMPT_JOIN);
                    Duration joined = Duration.ofNanos(System.nanoTime() - joining);
                    assertThat(joined).as("join time with %d silent connections open", SILENT).isLessThan(PROMPT_JOIN);

                    List<Duration> lifetimes = awaitAllClosed(selector, opened, HANDSHAKE.multipliedBy(3));
                    assertThat(lifetimes).hasSize(SILENT);
                    // none before the deadline; all of them soon after it (the last one was opened a little later)
                    assertThat(lifetimes).allSatisfy(life -> assertThat(life).isGreaterThanOrEqualTo(HANDSHAKE.minusMillis(100)));
                    System.out.printf("%d silent connections: client joined in %d ms; closed after %d..%d ms (deadline %d ms)%n",
                            SILENT, joined.toMillis(), lifetimes.stream().mapToLong(Duration::toMillis).min().orElse(0),
                            lifetimes.stream().mapToLong(Duration::toMillis).max().orElse(0), HANDSHAKE.toMillis());
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
    void aPasswordGuessingLoopIsSlowedDownWhileAnotherAddressIsServedAtOnce() throws Exception {
        Settings unthrottledSettings = TestHost.fastSettings().withAuthFailureDelays(Duration.ZERO, Duration.ZERO);
        // Each guess costs the host an SRP exchange (milliseconds of arithmetic), so unthrottled guessing is
        // far slower than with version 1's HMAC; the throttled run's delays are long enough to stay a tenth of it.
        // The first loop warms up that arithmetic, many times slower until compiled.
        guessesPerSecond(unthrottledSettings, false);
        double unthrottled = guessesPerSecond(unthrottledSettings, false);
        double throttled = guessesPerSecond(TestHost.fastSettings()
                .withAuthFailureDelays(Duration.ofMillis(100), Duration.ofMillis(800)), true);
        System.out.printf("password guessing over %d ms: %.1f/s without the throttle, %.1f/s with it (100 ms doubling to 800 ms)%n",
                GUESSING.toMillis(), unthrottled, throttled);
        assertThat(throttled).isLessThan(unthrottled / 10);
    }

    /** Guesses wrong passwords in a tight loop for {@link #GUESSING}; optionally checks a real client meanwhile. */
    private static double guessesPerSecond(Settings settings, boolean joinMeanwhile) throws Exception {
        try (TestHost host = new TestHost(PreAuthenticationTest::tcp, settings)) {
            InetSocketAddress address = address(host.startServer("tcp:port=" + RANGE + ",password=right"));
            int attempts = 0;
            long start = System.nanoTime();
            long end = start + GUESSING.toNanos();
            boolean joined = !joinMeanwhile;
            while (System.nanoTime() < end) {
                guessOnce(address);
                attempts++;
                if (!joined && System.nanoTime() - start > GUESSING.toNanos() / 2) {
                    long joining = System.nanoTime();
                    try (TestClient alice = TestClient.join(host.transports,
                            "tcp:server=127.0.0.1,port=" + address.getPort() + ",password=right", ALICE)) {
                        alice.log().await("dbgshell ");
                        assertThat(Duration.ofNanos(System.nanoTime() - joining)).isLessThan(PROMPT_JOIN);
                    }
                    joined = true;
                }
            }
            host.console.log.awaitPattern("Refused EVE\\\\eve .*: wrong password");
            return attempts * 1e9 / (System.nanoTime() - start);
        }
    }

    /**
     * One wrong join. The guesser skips its own half of the exchange (a valid public key, 2, and a
     * made-up proof): the host does all of its work to refuse it, and the loop measures the host's
     * pace rather than the guesser's arithmetic.
     */
    private static void guessOnce(InetSocketAddress server) throws IOException {
        try (BlockingLink link = new BlockingLink(GUESSER, server, Duration.ofSeconds(5))) {
            Frame.Hello hello = (Frame.Hello) link.read();
            byte[] two = new byte[hello.hostKey().length];
            two[two.length - 1] = 2;
            link.write(new Frame.Join(ProtocolVersion.CURRENT, "EVE", "eve", two, new byte[32], false));
            assertThat(link.read()).isInstanceOf(Frame.Refused.class);
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
        return new Transports().register(Protocol.TCP, new TcpServerTransport(loops), new TcpClientTransport(loops));
    }
}
