package io.dbgshell.transport.tcp;

import io.dbgshell.transport.spec.PortRange;
import io.dbgshell.transport.TransportException;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;

import java.net.BindException;
import java.net.InetSocketAddress;

/** Binds a listener to the first free port of a range: a busy port is skipped, any other failure stops. */
final class FreePort {
    private FreePort() {
    }

    /** The bound listener; its port is {@link #port}. Blocks the caller (never an event loop). */
    static Channel bind(ServerBootstrap bootstrap, PortRange range, boolean ipv6) throws TransportException {
        for (int port = range.low(); port <= range.high(); port++) {
            InetSocketAddress address = ipv6 ? new InetSocketAddress("::", port) : new InetSocketAddress(port);
            ChannelFuture bound = bootstrap.bind(address).awaitUninterruptibly();
            if (bound.isSuccess()) {
                return bound.channel();
            }
            if (!(bound.cause() instanceof BindException)) {
                throw new TransportException("cannot listen on port " + port + ": " + bound.cause().getMessage(), bound.cause());
            }
        }
        throw new TransportException(range.isRange()
                ? "no free port in the range " + range
                : "port " + range + " is already in use");
    }

    static int port(Channel listener) {
        return ((InetSocketAddress) listener.localAddress()).getPort();
    }
}
