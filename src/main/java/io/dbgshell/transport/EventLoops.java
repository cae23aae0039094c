package io.dbgshell.transport;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * The process's Netty event loops, shared by every transport: one acceptor thread, a few I/O threads.
 * Each group starts on first use, so a process that never opens a connection never starts Netty.
 */
public final class EventLoops implements AutoCloseable {
    private final LazyEventLoopGroup boss;
    private final LazyEventLoopGroup workers;

    public EventLoops() {
        this(Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    public EventLoops(int workerThreads) {
        boss = new LazyEventLoopGroup(() -> new MultiThreadIoEventLoopGroup(1,
                new DefaultThreadFactory("dbgshell-accept", true), NioIoHandler.newFactory()));
        workers = new LazyEventLoopGroup(() -> new MultiThreadIoEventLoopGroup(workerThreads,
                new DefaultThreadFactory("dbgshell-io", true), NioIoHandler.newFactory()));
    }

    public EventLoopGroup boss() {
        return boss.get();
    }

    public EventLoopGroup workers() {
        return workers.get();
    }

    @Override
    public void close() {
        boss.close();
        workers.close();
    }
}
