package io.dbgshell.reliability;

import io.dbgshell.protocol.ProtocolSettings;
import io.dbgshell.transport.tcp.Tcp;
import io.dbgshell.command.CommandRegistry;
import io.dbgshell.command.builtin.EchoCommand;
import io.dbgshell.config.Tunables;
import io.dbgshell.host.HostLinks;
import io.dbgshell.protocol.Frame;
import io.dbgshell.protocol.FrameDecoder;
import io.dbgshell.protocol.FrameEncoder;
import io.dbgshell.protocol.ProtocolVersion;
import io.dbgshell.session.Session;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.standard.TransportSpecParser;
import io.dbgshell.transport.spec.PasswordSource;
import io.dbgshell.transport.spec.Protocol;
import io.dbgshell.transport.Transports;
import io.dbgshell.transport.tcp.TcpClientTransport;
import io.dbgshell.transport.EventLoops;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.local.LocalChannel;
import io.netty.channel.local.LocalIoHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutated byte streams as whole connections into a real session's server (the host's own
 * framing, handshake and participant handlers, over in-JVM channels): every connection ends, no
 * exception or message gets past the host's handlers, the session never ends nor reports an
 * internal error, and afterwards a well-behaved client is still served. The session knows only
 * {@code .echo}, so whatever a fuzz client manages to type is harmless.
 * {@code -Ddbgshell.fuzz.inputs=1000000} for the long run.
 */
class HandshakeFuzzTest {
    private static final long SEED = 0x4a5d5eedL;
    private static final int IN_SUITE = 20_000;
    private static final int IN_FLIGHT = 64;
    private static final Duration HANDSHAKE = Duration.ofMillis(500);

    private EventLoopGroup group;
    private EventLoops loops;
    private LocalServerTransport server;
    private Session session;
    private final StringBuilder internalErrors = new StringBuilder();
    private final AtomicLong shownChars = new AtomicLong();

    @BeforeEach
    void startSession() throws Exception {
        group = new MultiThreadIoEventLoopGroup(2, LocalIoHandler.newFactory());
        loops = new EventLoops(1);
        server = new LocalServerTransport(group, IN_FLIGHT);
        session = Session.builder().tunables(Tunables.DEFAULTS.with(ProtocolSettings.HANDSHAKE_TIMEOUT, HANDSHAKE))
                .transports(new Transports().register(Tcp.PROVIDER, server, new TcpClientTransport(loops, Tunables.DEFAULTS)))
                .commands(new CommandRegistry().register(new EchoCommand())).links(new HostLinks()).build();
        session.addTap(text -> {
            shownChars.addAndGet(text.length());
            if (text.contains("internal error")) {
                synchronized (internalErrors) {
                    internalErrors.append(text);
                }
            }
        });
        session.servers().start(TransportSpecParser.parse("tcp:port=1", Role.SERVER));
    }

    @AfterEach
    void stop() {
        session.end("Test over.");
        session.ended().toCompletableFuture().completeOnTimeout("", 5, TimeUnit.SECONDS).join();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        loops.close();
    }

    @Test
    void noMutatedConnectionDisturbsTheSessionAndAWellBehavedClientIsStillServed() throws Exception {
        Mutator mutator = new Mutator(SEED, FrameSeeds.corpus());
        int inputs = Mutator.inputs(IN_SUITE);
        Bootstrap fuzzers = new Bootstrap().group(group).channel(LocalChannel.class).handler(new ChannelInitializer<>() {
            @Override
            protected void initChannel(Channel channel) {
                channel.pipeline().addLast(new SimpleChannelInboundHandler<Object>() {
                    @Override
                    protected void channelRead0(ChannelHandlerContext ctx, Object msg) {
                        // the host's greeting and answers are not looked at
                    }
                });
            }
        });
        long start = System.nanoTime();
        for (int i = 0; i < inputs; i++) {
            byte[] input = mutator.next();
            server.slots.acquire();
            Channel fuzzer = fuzzers.connect(LocalServerTransport.ADDRESS).syncUninterruptibly().channel();
            fuzzer.writeAndFlush(Unpooled.wrappedBuffer(input)).addListener(ChannelFutureListener.CLOSE);
        }
        assertThat(server.slots.tryAcquire(IN_FLIGHT, 10, TimeUnit.SECONDS)).as("every connection ended").isTrue();
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(server.accepted.get()).isEqualTo(inputs);
        assertThat(server.escaped).as("exceptions or messages that got past the host's handlers").isEmpty();
        assertThat(internalErrors).as("internal errors the session reported").isEmpty();
        assertThat(session.isEnding()).isFalse();
        assertThat(wellBehavedClientEcho("still served")).contains("still served");
        System.out.printf("handshake fuzz: %d connections in %d ms (%.0f/s), session showed %d chars%n",
                inputs, millis, inputs * 1000.0 / Math.max(1, millis), shownChars.get());
    }

    /** Joins properly over a fresh connection, runs {@code .echo text} and returns the output received. */
    private String wellBehavedClientEcho(String text) throws Exception {
        CompletableFuture<String> output = new CompletableFuture<>();
        Channel client = new Bootstrap().group(group).channel(LocalChannel.class).handler(new ChannelInitializer<>() {
            @Override
            protected void initChannel(Channel channel) {
                channel.pipeline().addLast(new FrameDecoder(ProtocolSettings.MAX_FRAME_BYTES.defaultValue()), FrameEncoder.INSTANCE,
                        new SimpleChannelInboundHandler<Frame>() {
                            @Override
                            protected void channelRead0(ChannelHandlerContext ctx, Frame frame) {
                                if (frame instanceof Frame.Hello) {
                                    ctx.writeAndFlush(new Frame.Join(ProtocolVersion.CURRENT, "GOOD", "client",
                                            new byte[0], new byte[0], false));
                                } else if (frame instanceof Frame.Accepted) {
                                    ctx.writeAndFlush(new Frame.Input(".echo " + text));
                                } else if (frame instanceof Frame.Output out && out.text().contains(text)) {
                                    output.complete(out.text());
                                }
                            }
                        });
            }
        }).connect(LocalServerTransport.ADDRESS).syncUninterruptibly().channel();
        try {
            return output.get(5, TimeUnit.SECONDS);
        } finally {
            client.close();
        }
    }
}
