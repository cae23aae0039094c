package io.dbgshell.transport;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;

import java.util.concurrent.TimeUnit;

/** The process's Netty event loops, shared by every transport: one acceptor thread, a few I/O threads. */
public final class EventLoops implements AutoCloseable {
    private final EventLoopGroup boss;
    private final EventLoopGroup workers;

    public EventLoops() {
        this(Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    public EventLoops(int workerThreads) {
        boss = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("dbgshell-accept", true),
                NioIoHandler.newFactory());
        workers = new MultiThreadIoEventLoopGroup(workerThreads, new DefaultThreadFactory("dbgshell-io", true),
                NioIoHandler.newFactory());
    }

    public EventLoopGroup boss() {
        return boss;
    }

    public EventLoopGroup workers() {
        return workers;
    }

    @Override
    public void close() {
        boss.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        workers.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }
}
