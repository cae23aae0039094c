package io.dbgshell.transport.serial;

import io.dbgshell.config.Tunables;
import io.dbgshell.transport.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One open serial device, shared by every server and client of the process on it. A reader thread
 * decodes frames and routes them by channel; a writer thread writes queued frames, so no event loop
 * ever waits on the device. Reference counted: the device closes when the last user releases it.
 */
final class SerialLine {
    private static final Logger log = LoggerFactory.getLogger(SerialLine.class);
    /** Writes are batched up to this size: one system call for many small frames. */
    private static final int WRITE_BATCH = 4096;
    private static final byte[] STOP = new byte[0];
    /** 8N1: a start bit, eight data bits, a stop bit. */
    private static final int BITS_PER_BYTE = 10;

    private final String name;
    private final int baud;
    private final SerialDevice device;
    private final Tunables tunables;
    private final Duration closeLinger;
    private final Consumer<SerialLine> onClosed;
    private final Map<Integer, FrameSink> sinks = new ConcurrentHashMap<>();
    private final BlockingQueue<byte[]> outgoing = new LinkedBlockingQueue<>();
    private final CompletableFuture<String> lost = new CompletableFuture<>();
    private final CompletableFuture<Void> deviceClosed = new CompletableFuture<>();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong unrouted = new AtomicLong();
    private final AtomicLong retransmitted = new AtomicLong();
    private final AtomicLong bytesRead = new AtomicLong();
    private final AtomicLong bytesWritten = new AtomicLong();
    private int users;
    private volatile boolean closed;
    /** When the reader closes the device (System.nanoTime()); 0 while the line is in use. */
    private volatile long closeAt;

    /** @param tunables the {@link ComSettings} of this line's connections, and its close linger */
    SerialLine(String name, int baud, SerialDevice device, Tunables tunables, Consumer<SerialLine> onClosed) {
        this.name = name;
        this.baud = baud;
        this.device = device;
        this.tunables = tunables;
        this.closeLinger = tunables.get(ComSettings.CLOSE_LINGER);
        this.onClosed = onClosed;
    }

    void start() {
        Thread reader = new Thread(this::readLoop, "dbgshell-com-read " + name);
        Thread writer = new Thread(this::writeLoop, "dbgshell-com-write " + name);
        reader.setDaemon(true);
        writer.setDaemon(true);
        reader.start();
        writer.start();
    }

    String name() {
        return name;
    }

    /** How long {@code bytes} take to cross the line at its baud rate (8N1: ten bits a byte). */
    long nanosOnWire(long bytes) {
        return TimeUnit.SECONDS.toNanos(bytes * BITS_PER_BYTE) / baud;
    }

    int baud() {
        return baud;
    }

    Tunables tunables() {
        return tunables;
    }

    /** Takes a channel for one server or client of this process. */
    void register(int channel, FrameSink sink) throws TransportException {
        if (sinks.putIfAbsent(channel, sink) != null) {
            throw new TransportException(
                    "channel " + channel + " of serial port " + name + " is already in use in this process");
        }
    }

    void unregister(int channel, FrameSink sink) {
        sinks.remove(channel, sink);
    }

    /** Queues a frame for the writer thread; never blocks. */
    void send(Frame frame) {
        if (!closed) {
            outgoing.add(FrameCodec.encode(frame));
        }
    }

    /**
     * Adds a user; false once the line is shutting down (its last user left, or the device failed),
     * when the caller must open the device afresh. Checked under the same lock as the last release,
     * so no one joins a line that is about to close.
     */
    synchronized boolean retain() {
        if (closed) {
            return false;
        }
        users++;
        return true;
    }

    /** Drops one user; the last one closes the device. */
    void release() {
        synchronized (this) {
            if (--users > 0) {
                return;
            }
            closed = true;
        }
        shutDown();
        onClosed.accept(this);
    }

    /** Completes once the device is closed, so it can be opened again. */
    CompletionStage<Void> deviceClosed() {
        return deviceClosed;
    }

    CompletionStage<String> lost() {
        return lost;
    }

    void countRetransmit(int frames) {
        retransmitted.addAndGet(frames);
    }

    LineCounters counters() {
        return new LineCounters(dropped.get(), unrouted.get(), retransmitted.get(), bytesRead.get(),
                bytesWritten.get());
    }

    /** Stops the line once queued frames are written, whoever still uses it (also used when the process ends). */
    void shutDown() {
        closed = true;
        outgoing.add(STOP);
    }

    /**
     * Reads until the device fails or, after a close, until the close time the writer set: closing
     * a port discards bytes the far end has not taken yet, so the device stays open that long
     * after the last write. The reader closes it, being the thread that polls anyway.
     */
    private void readLoop() {
        FrameCodec.Decoder decoder = new FrameCodec.Decoder(FrameCodec.MAX_PAYLOAD, this::route,
                dropped::incrementAndGet);
        byte[] buffer = new byte[WRITE_BATCH];
        while (closeAt == 0 || System.nanoTime() - closeAt < 0) {
            int n = device.read(buffer);
            if (n < 0) {
                if (!closed) {
                    fail("serial port " + name + " went away");
                }
                break;
            }
            bytesRead.addAndGet(n);
            decoder.feed(buffer, n);
        }
        device.close();
        deviceClosed.complete(null);
    }

    private void route(Frame frame) {
        FrameSink sink = sinks.get(frame.channel());
        if (sink == null || !sink.accept(frame)) {
            unrouted.incrementAndGet();
        }
    }

    private void writeLoop() {
        byte[] batch = new byte[WRITE_BATCH];
        try {
            while (true) {
                byte[] first = outgoing.take();
                if (first == STOP) {
                    break;
                }
                int length = first.length;
                byte[] chunk = first;
                if (length < WRITE_BATCH) {
                    System.arraycopy(first, 0, batch, 0, length);
                    chunk = batch;
                    for (byte[] next = outgoing.peek(); next != null && next != STOP
                            && length + next.length <= WRITE_BATCH; next = outgoing.peek()) {
                        System.arraycopy(outgoing.poll(), 0, batch, length, next.length);
                        length += next.length;
                    }
                }
                device.write(chunk, length);
                bytesWritten.addAndGet(length);
            }
        } catch (IOException e) {
            log.debug("writing to {} failed", name, e);
            fail("serial port " + name + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeAt = System.nanoTime() + closeLinger.toNanos() + nanosOnWire(Math.max(0, device.bytesAwaitingWrite()));
    }

    private void fail(String reason) {
        log.warn(reason);
        lost.complete(reason);
        sinks.values().forEach(s -> s.lineLost(reason));
        shutDown();
    }
}
