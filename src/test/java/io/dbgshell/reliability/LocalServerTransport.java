package io.dbgshell.reliability;

import java.util.function.Function;
import io.dbgshell.transport.tcp.TcpSpec;
import io.dbgshell.transport.Link;
import io.dbgshell.transport.ConnectionInfo;
import io.dbgshell.transport.ServerBinding;
import io.dbgshell.transport.ServerTransport;
import io.dbgshell.transport.spec.TransportSpec;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.local.LocalAddress;
import io.netty.channel.local.LocalServerChannel;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.Future;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server transport over Netty's in-JVM channels, so a fuzzer can push a million connections
 * through the host's real pipeline (framing, handshake, session) without sockets. Below the
 * session's handlers it puts a sentinel that records anything that got past them: an exception
 * nobody handled, or a message nobody consumed. It stands in for tcp, so the session takes tcp strings.
 */
final class LocalServerTransport implements ServerTransport<TcpSpec> {
    static final LocalAddress ADDRESS = new LocalAddress("dbgshell-fuzz");

    private final EventLoopGroup group;
    /** Connections that may still be opened: take one before connecting; each server-side close gives one back. */
    final Semaphore slots;
    final AtomicInteger accepted = new AtomicInteger();
    final List<String> escaped = new CopyOnWriteArrayList<>();

    LocalServerTransport(EventLoopGroup group, int inFlight) {
        this.group = group;
        this.slots = new Semaphore(inFlight);
    }

    @Override
    public ServerBinding bind(TcpSpec spec, Link link, Function<? super TcpSpec, ? extends TransportSpec> listed) {
        ChannelInitializer<Channel> session = link.session();
        Channel listener = new ServerBootstrap().group(group).channel(LocalServerChannel.class)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        accepted.incrementAndGet();
                        channel.closeFuture().addListener(f -> slots.release());
                        channel.attr(ConnectionInfo.KEY).set(ConnectionInfo.of("local", "fuzz"));
                        // the second initializer runs after the session's, so the sentinel ends up last
                        channel.pipeline().addLast(session).addLast(new ChannelInitializer<Channel>() {
                            @Override
                            protected void initChannel(Channel ch) {
                                ch.pipeline().addLast(new Sentinel());
                            }
                        });
                    }
                })
                .bind(ADDRESS).syncUninterruptibly().channel();
        return new ServerBinding() {
            @Override
            public TransportSpec spec() {
                return listed.apply(spec);
            }

            @Override
            public Future<?> close() {
                return listener.close();
            }
        };
    }

    private final class Sentinel extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            escaped.add("unconsumed message " + msg);
            ReferenceCountUtil.release(msg);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            escaped.add("unhandled " + cause);
            ctx.close();
        }
    }
}
