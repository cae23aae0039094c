package io.dbgshell.transport.serial;

import io.dbgshell.config.Tunables;
import io.dbgshell.transport.LazyEventLoopGroup;
import io.dbgshell.transport.TransportException;
import io.netty.channel.EventLoop;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.local.LocalIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The process's open serial lines, one per device, shared by the com server and client
 * transports, and the event loop their connections run on (local channels need a
 * {@link LocalIoHandler} loop; the NIO loops of {@code EventLoops} refuse them).
 */
public final class SerialLines implements AutoCloseable {
    private final Tunables tunables;
    private final Duration reopenWait;
    private final LazyEventLoopGroup loops;
    private final Map<String, SerialLine> open = new HashMap<>();
    private final Map<String, CompletionStage<Void>> closing = new HashMap<>();

    /** @param tunables the {@link ComSettings} of every line and connection */
    public SerialLines(Tunables tunables) {
        this.tunables = tunables;
        this.reopenWait = tunables.get(ComSettings.REOPEN_WAIT);
        if (tunables.get(ComSettings.LOW_WATER_BYTES) > tunables.get(ComSettings.HIGH_WATER_BYTES)) {
            throw new IllegalArgumentException(ComSettings.LOW_WATER_BYTES + " is above " + ComSettings.HIGH_WATER_BYTES);
        }
        this.loops = new LazyEventLoopGroup(() -> new MultiThreadIoEventLoopGroup(1,
                new DefaultThreadFactory("dbgshell-com", true), LocalIoHandler.newFactory()));
    }

    Tunables tunables() {
        return tunables;
    }

    /** The counters of the line open on {@code port} ({@code COM3} or a path), if one is. */
    public synchronized Optional<LineCounters> counters(String port) {
        return Optional.ofNullable(open.get(ComPorts.devicePath(port))).map(SerialLine::counters);
    }

    /** The line for the spec's device, opened if needed; the caller owns one reference. */
    SerialLine acquire(ComSpec spec) throws TransportException {
        String path = ComPorts.devicePath(spec.port());
        SerialLine line;
        synchronized (this) {
            line = open.get(path);
            if (line != null && line.retain()) {
                if (line.baud() == spec.baud()) {
                    return line;
                }
                line.release();
                throw new TransportException("serial port " + spec.port() + " is already open at " + line.baud()
                        + " baud in this process");
            }
            if (line != null) {
                // Shutting down (its last user just left, or the device failed): open the device afresh.
                forget(path, line);
            }
            awaitClosed(path, spec.port());
            line = new SerialLine(spec.port(), spec.baud(),
                    SerialDevice.open(spec.port(), path, spec.baud(), tunables), tunables,
                    // the last user often leaves on the com event loop, and acquire may hold this lock for
                    // seconds (waiting for a closing device, opening one): never make the loop wait for it
                    closed -> CompletableFuture.runAsync(() -> forget(path, closed)));
            open.put(path, line);
            line.start();
            line.retain();
        }
        return line;
    }

    EventLoop nextLoop() {
        return loops.get().next();
    }

    private synchronized void forget(String path, SerialLine line) {
        if (open.remove(path, line)) {
            closing.put(path, line.deviceClosed());
        }
    }

    private void awaitClosed(String path, String port) throws TransportException {
        CompletionStage<Void> previous = closing.remove(path);
        if (previous == null) {
            return;
        }
        try {
            previous.toCompletableFuture().get(reopenWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("interrupted while serial port " + port + " was closing", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new TransportException("serial port " + port + " did not close in time", e);
        }
    }

    /** Closes every line (their connections' peers will see them vanish) and stops the event loop. */
    @Override
    public void close() {
        synchronized (this) {
            open.values().forEach(SerialLine::shutDown);
        }
        loops.close();
    }
}
