package io.dbgshell.bench;

import io.dbgshell.client.ClientDisplay;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A client display that hands each printed text, stamped with when it was shown (on the client's
 * event loop, as a terminal would print it), to the waiting benchmark thread; the stamp keeps the
 * hand-over to that thread out of the measured time.
 */
final class QueueDisplay implements ClientDisplay {
    private record Shown(String text, long nanoTime) {
    }

    private final BlockingQueue<Shown> printed = new LinkedBlockingQueue<>();

    @Override
    public void print(String text) {
        printed.add(new Shown(text, System.nanoTime()));
    }

    @Override
    public void prompt(String prompt) {
    }

    @Override
    public void clearScreen() {
    }

    /** Waits for a printed text equal to {@code wanted}, discarding others; returns when it was shown. */
    long await(String wanted) throws InterruptedException {
        while (true) {
            Shown shown = printed.poll(10, TimeUnit.SECONDS);
            if (shown == null) {
                throw new IllegalStateException("no '" + wanted.strip() + "' within 10 s");
            }
            if (shown.text().equals(wanted)) {
                return shown.nanoTime();
            }
        }
    }

    void clear() {
        printed.clear();
    }
}
