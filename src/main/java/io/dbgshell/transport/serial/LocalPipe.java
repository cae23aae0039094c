package io.dbgshell.transport.serial;

import io.dbgshell.transport.ConnectionInfo;
import io.dbgshell.transport.Link;
import io.dbgshell.transport.LinkInitializer;
import io.dbgshell.transport.TransportException;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.EventLoop;
import io.netty.channel.local.LocalAddress;
import io.netty.channel.local.LocalChannel;
import io.netty.channel.local.LocalServerChannel;

/**
 * Gives the session a real Netty channel for a serial connection: a connected pair of local
 * channels on one event loop, the session's end initialised by the shared {@code session}
 * initializer, the other end handled by the connection's bridge.
 */
final class LocalPipe {
    private LocalPipe() {
    }

    /** Blocks until the pair is connected (never call on an event loop); returns the session's end. */
    static Channel open(EventLoop loop, ChannelHandler bridge, Link link, ConnectionInfo info) throws TransportException {
        LocalAddress address = new LocalAddress(LocalPipe.class);
        ChannelFuture bound = new ServerBootstrap().group(loop).channel(LocalServerChannel.class)
                .childHandler(bridge).bind(address).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            throw new TransportException("cannot set up a channel for " + info.describe(), bound.cause());
        }
        try {
            ChannelFuture connected = new Bootstrap().group(loop).channel(LocalChannel.class)
                    .handler(new LinkInitializer(channel -> info, link)).connect(address).awaitUninterruptibly();
            if (!connected.isSuccess()) {
                throw new TransportException("cannot set up a channel for " + info.describe(), connected.cause());
            }
            return connected.channel();
        } finally {
            bound.channel().close();
        }
    }
}
