package io.dbgshell.bench;

import io.dbgshell.client.ClientDisplay;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A client display that hands each printed text to the waiting benchmark thread. */
final class QueueDisplay implements ClientDisplay {
    private final BlockingQueue<String> printed = new LinkedBlockingQueue<>();

    @Override
    public void print(String text) {
        printed.add(text);
    }

    @Override
    public void prompt(String prompt) {
    }

    @Override
    public void clearScreen() {
    }

    /** Waits for a printed text equal to {@code wanted}, discarding others. */
    void await(String wanted) throws InterruptedException {
        while (true) {
            String text = printed.poll(10, TimeUnit.SECONDS);
            if (text == null) {
                throw new IllegalStateException("no '" + wanted.strip() + "' within 10 s");
            }
            if (text.equals(wanted)) {
                return;
            }
        }
    }

    void clear() {
        printed.clear();
    }
}
