package io.dbgshell.transport.serial;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The sending half of go-back-N: numbers DATA chunks, keeps up to {@code window} of them until
 * acknowledged, and queues the rest. Not thread-safe: used on one connection's event loop.
 */
final class SendWindow {
    /** A numbered chunk of the byte stream. */
    record Chunk(int seq, byte[] payload) {
    }

    private final int window;
    private final Deque<byte[]> queued = new ArrayDeque<>();
    private final Deque<Chunk> inFlight = new ArrayDeque<>();
    private int nextSeq;
    private long bufferedBytes;

    SendWindow(int window) {
        this.window = window;
    }

    void offer(byte[] payload) {
        queued.add(payload);
        bufferedBytes += payload.length;
    }

    /** Moves queued chunks into the window while it has room; returns the ones to send now. */
    List<Chunk> release() {
        List<Chunk> out = new ArrayList<>();
        while (inFlight.size() < window && !queued.isEmpty()) {
            Chunk c = new Chunk(nextSeq, queued.poll());
            nextSeq = (nextSeq + 1) & 0xFF;
            inFlight.add(c);
            out.add(c);
        }
        return out;
    }

    /** Handles "next expected is {@code next}"; true when it acknowledged something new. */
    boolean acknowledge(int next) {
        if (inFlight.isEmpty()) {
            return false;
        }
        int covered = (next - inFlight.peek().seq()) & 0xFF;
        if (covered == 0 || covered > inFlight.size()) {
            return false;
        }
        for (int i = 0; i < covered; i++) {
            bufferedBytes -= inFlight.poll().payload().length;
        }
        return true;
    }

    List<Chunk> unacknowledged() {
        return List.copyOf(inFlight);
    }

    boolean drained() {
        return inFlight.isEmpty() && queued.isEmpty();
    }

    long bufferedBytes() {
        return bufferedBytes;
    }
}
