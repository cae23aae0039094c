package io.dbgshell.bench;

import io.dbgshell.client.ClientDisplay;

import java.util.concurrent.CountDownLatch;

/**
 * A client display that, once armed with the text a round should bring, collects what arrives and
 * stamps when its last line has come (on the client's event loop, as a terminal would show it).
 * Whether everything before that was exactly the expected text (a notice that arrived earlier, e.g.
 * another client joining, is allowed before it) is checked afterwards, outside the timed part.
 */
final class ExpectingDisplay implements ClientDisplay {
    private final StringBuilder got = new StringBuilder();
    private String expected;
    private String lastLine;
    private CountDownLatch done;
    private boolean complete;
    private long completedAt;

    void expect(String text, CountDownLatch latch) {
        synchronized (got) {
            got.setLength(0);
            complete = false;
            expected = text;
            lastLine = text.substring(text.lastIndexOf('\n', text.length() - 2) + 1);
            done = latch;
        }
    }

    /** Whether the round's text arrived, and exactly; call after the round. */
    boolean exact() {
        synchronized (got) {
            return complete && endsWith(got, expected);
        }
    }

    /** {@link System#nanoTime()} when the expected text was complete. */
    long completedAt() {
        synchronized (got) {
            return completedAt;
        }
    }

    @Override
    public void print(String text) {
        synchronized (got) {
            if (expected == null || complete) {
                return; // notices between rounds
            }
            got.append(text);
            if (endsWith(got, lastLine)) {
                completedAt = System.nanoTime();
                complete = true;
                done.countDown();
            }
        }
    }

    private static boolean endsWith(StringBuilder text, String suffix) {
        int from = text.length() - suffix.length();
        return from >= 0 && text.indexOf(suffix, from) == from;
    }

    @Override
    public void prompt(String prompt) {
    }

    @Override
    public void clearScreen() {
    }
}
