package io.dbgshell.transport.serial;

import io.dbgshell.config.Tunables;
import io.dbgshell.transport.spec.CommonParams;
import io.dbgshell.transport.serial.ComSpec;
import io.dbgshell.transport.ConnectionInfo;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.ServerBinding;
import io.dbgshell.transport.TransportException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The com transport end to end over two real ptys joined by {@link PtyRelay}, with shrunk timings. */
class ComTransportTest {
    private static final Tunables FAST = Tunables.DEFAULTS.with(ComSettings.HEARTBEAT_INTERVAL, Duration.ofMillis(100))
            .with(ComSettings.PEER_DEADLINE, Duration.ofMillis(600)).with(ComSettings.CONNECT_TIMEOUT, Duration.ofSeconds(3));
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final int BAUD = 115200;

    private PtyRelay relay;
    private SerialLines hostLines;
    private SerialLines remoteLines;
    private ComServerTransport servers;
    private ComClientTransport clients;

    @BeforeEach
    void setUp() throws Exception {
        relay = PtyRelay.start();
        // Two registries stand for the two processes at the ends of the cable.
        hostLines = new SerialLines(FAST);
        remoteLines = new SerialLines(FAST);
        servers = new ComServerTransport(hostLines);
        clients = new ComClientTransport(remoteLines);
    }

    @AfterEach
    void tearDown() throws Exception {
        hostLines.close();
        remoteLines.close();
        relay.close();
    }

    private ComSpec server(int channel) {
        return new ComSpec(Role.SERVER, relay.pathA(), BAUD, channel, CommonParams.NONE);
    }

    private ComSpec client(int channel) {
        return new ComSpec(Role.CLIENT, relay.pathB(), BAUD, channel, CommonParams.NONE);
    }

    @Test
    void fullSessionOverCom() throws Exception {
        BlockingQueue<Channel> accepted = new LinkedBlockingQueue<>();
        servers.bind(server(3), echo(accepted, ""));
        Received got = new Received();
        Channel ch = clients.connect(client(3), collect(got));

        send(ch, "hello, serial\n");
        assertThat(got.awaitText(14, WAIT)).isEqualTo("HELLO, SERIAL\n");
        Channel serverSide = accepted.poll(1, TimeUnit.SECONDS);
        assertThat(serverSide.attr(ConnectionInfo.KEY).get()).isEqualTo(ConnectionInfo.ofSerial("com", relay.pathA(), 3));

        String bulk = "0123456789abcdef".repeat(8 * 1024);
        send(ch, bulk);
        assertThat(got.awaitText(14 + bulk.length(), WAIT)).endsWith(bulk.toUpperCase());

        ch.close().sync();
        // Sooner than the peer deadline: the CLOSE frame told it, not the heartbeat.
        assertThat(serverSide.closeFuture().await(FAST.get(ComSettings.PEER_DEADLINE).toMillis() / 2)).as("server told of the close")
                .isTrue();
        assertThat(hostLines.counters(relay.pathA()).orElseThrow().framesDropped()).isZero();
    }

    @Test
    void twoChannelsCarryIndependentSessions() throws Exception {
        BlockingQueue<Channel> accepted1 = new LinkedBlockingQueue<>();
        ServerBinding one = servers.bind(server(1), echo(accepted1, "one:"));
        servers.bind(server(2), echo(new LinkedBlockingQueue<>(), "two:"));
        Received got1 = new Received();
        Received got2 = new Received();
        Channel c1 = clients.connect(client(1), collect(got1));
        Channel c2 = clients.connect(client(2), collect(got2));

        send(c1, "a");
        send(c2, "b");
        assertThat(got1.awaitText(5, WAIT)).isEqualTo("one:A");
        assertThat(got2.awaitText(5, WAIT)).isEqualTo("two:B");

        one.close();
        c1.close().sync();
        assertThat(accepted1.take().closeFuture().await(WAIT.toMillis())).isTrue();
        send(c2, "c");
        assertThat(got2.awaitText(10, WAIT)).isEqualTo("two:Btwo:C");
        assertThatThrownBy(() -> clients.connect(client(1), collect(new Received())))
                .isInstanceOf(TransportException.class).hasMessageContaining("no server answered");
    }

    @Test
    void corruptedFramesAreDroppedAndTheSessionContinues() throws Exception {
        servers.bind(server(5), echo(new LinkedBlockingQueue<>(), ""));
        Received got = new Received();
        Channel ch = clients.connect(client(5), collect(got));

        int[] damaged = {0};
        relay.tamperBToA(chunk -> {
            if (damaged[0] < 3 && chunk.length > 8) {
                damaged[0]++;
                chunk[chunk.length / 2] ^= 0x5A;
            }
            return chunk;
        });
        String text = "line of debugger output that must arrive intact\n".repeat(40);
        send(ch, text);
        assertThat(got.awaitText(text.length(), WAIT)).isEqualTo(text.toUpperCase());
        LineCounters host = hostLines.counters(relay.pathA()).orElseThrow();
        assertThat(host.framesDropped()).isPositive();
        assertThat(remoteLines.counters(relay.pathB()).orElseThrow().retransmitted()).isPositive();
    }

    @Test
    void vanishedPeerIsDetectedOnBothSides() throws Exception {
        BlockingQueue<Channel> accepted = new LinkedBlockingQueue<>();
        servers.bind(server(7), echo(accepted, ""));
        Received got = new Received();
        clients.connect(client(7), collect(got));
        Channel serverSide = accepted.take();

        relay.cut();
        assertThat(serverSide.closeFuture().await(WAIT.toMillis())).as("server notices the client vanished").isTrue();
        assertThat(got.awaitClosed(WAIT)).as("client notices the server vanished").isTrue();
    }

    @Test
    void trafficForAChannelNobodyListensOnIsCounted() throws Exception {
        servers.bind(server(1), echo(new LinkedBlockingQueue<>(), ""));
        assertThatThrownBy(() -> clients.connect(client(9), collect(new Received())))
                .isInstanceOf(TransportException.class)
                .hasMessage("no server answered on serial port " + relay.pathB() + " channel 9 within 3000 ms");
        assertThat(hostLines.counters(relay.pathA()).orElseThrow().framesUnrouted()).isPositive();
    }

    @Test
    void aChannelIsTakenOncePerProcess() throws Exception {
        servers.bind(server(4), echo(new LinkedBlockingQueue<>(), ""));
        assertThatThrownBy(() -> servers.bind(server(4), echo(new LinkedBlockingQueue<>(), "")))
                .hasMessage("channel 4 of serial port " + relay.pathA() + " is already in use in this process");
    }

    @Test
    void missingPortIsRefusedClearly() {
        ComSpec missing = new ComSpec(Role.SERVER, "/dev/dbgshell-no-such-port", BAUD, 0, CommonParams.NONE);
        assertThatThrownBy(() -> servers.bind(missing, echo(new LinkedBlockingQueue<>(), "")))
                .isInstanceOf(TransportException.class)
                .hasMessage("serial port /dev/dbgshell-no-such-port does not exist");
        ComSpec com250 = new ComSpec(Role.SERVER, "COM250", BAUD, 0, CommonParams.NONE);
        assertThatThrownBy(() -> servers.bind(com250, echo(new LinkedBlockingQueue<>(), "")))
                .hasMessage("serial port COM250 (/dev/ttyS249) does not exist");
    }

    @Test
    void portHeldByAnotherProcessIsRefusedClearly() throws Exception {
        Process holder = PortHolder.hold(relay.pathA());
        try {
            assertThatThrownBy(() -> servers.bind(server(0), echo(new LinkedBlockingQueue<>(), "")))
                    .isInstanceOf(TransportException.class)
                    .hasMessage("serial port " + relay.pathA() + " is in use by another process");
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static void send(Channel ch, String text) {
        ch.writeAndFlush(Unpooled.copiedBuffer(text, StandardCharsets.UTF_8));
    }

    private static ChannelInitializer<Channel> collect(Received received) {
        return new ChannelInitializer<>() {
            @Override
            protected void initChannel(Channel ch) {
                ch.pipeline().addLast(received);
            }
        };
    }

    /** The session stand-in on the server: answers each chunk uppercased, after {@code prefix}. */
    private static ChannelInitializer<Channel> echo(BlockingQueue<Channel> accepted, String prefix) {
        return new ChannelInitializer<>() {
            @Override
            protected void initChannel(Channel ch) {
                accepted.add(ch);
                ch.pipeline().addLast(new ChannelInboundHandlerAdapter() {
                    @Override
                    public void channelRead(ChannelHandlerContext ctx, Object msg) {
                        ByteBuf in = (ByteBuf) msg;
                        String text = prefix + in.toString(StandardCharsets.UTF_8).toUpperCase();
                        in.release();
                        ctx.writeAndFlush(Unpooled.copiedBuffer(text, StandardCharsets.UTF_8));
                    }
                });
            }
        };
    }
}
