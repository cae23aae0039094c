package io.dbgshell.transport;

import io.netty.channel.EventLoopGroup;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * An event loop group made on first use: a session that never serves or joins anything does not pay
 * for starting Netty (tens of milliseconds of class loading and thread start-up at launch).
 * Thread-safe; closing a group never made does nothing.
 */
public final class LazyEventLoopGroup implements AutoCloseable {
    private final Supplier<EventLoopGroup> factory;
    private EventLoopGroup group;
    private boolean closed;

    public LazyEventLoopGroup(Supplier<EventLoopGroup> factory) {
        this.factory = factory;
    }

    /** The group, made now if this is the first call. */
    public synchronized EventLoopGroup get() {
        if (closed) {
            throw new IllegalStateException("event loops already closed");
        }
        if (group == null) {
            group = factory.get();
        }
        return group;
    }

    /** Shuts the group down (quietly, within a second) if it was ever made. */
    @Override
    public synchronized void close() {
        closed = true;
        if (group != null) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        }
    }
}
