package io.dbgshell.reliability;

import io.dbgshell.client.ClientDisplay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client display (or a tap) that keeps no text, only what the many-clients tests check: for each
 * sender, the sequence numbers of its {@link #line output lines} in the order they arrived. Cheap
 * enough for a million lines; waits end as soon as the expected count is reached.
 */
final class CommandTally implements ClientDisplay {
    private static final Pattern LINE = Pattern.compile("^c(\\d{3})-(\\d{3})$");

    private final List<List<Integer>> bySender = new ArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private int total;

    CommandTally(int senders) {
        for (int i = 0; i < senders; i++) {
            bySender.add(new ArrayList<>());
        }
    }

    /** The output line that {@code .echo} prints for command {@code seq} of client {@code sender}. */
    static String line(int sender, int seq) {
        return String.format("c%03d-%03d", sender, seq);
    }

    @Override
    public synchronized void print(String text) {
        partial.append(text);
        int start = 0;
        for (int end = partial.indexOf("\n"); end >= 0; end = partial.indexOf("\n", start)) {
            Matcher matcher = LINE.matcher(partial.subSequence(start, end));
            if (matcher.matches()) {
                bySender.get(Integer.parseInt(matcher.group(1))).add(Integer.parseInt(matcher.group(2)));
                total++;
            }
            start = end + 1;
        }
        partial.delete(0, start);
        if (total > 0) {
            notifyAll();
        }
    }

    @Override
    public void prompt(String prompt) {
        // prompts carry no command output
    }

    @Override
    public void clearScreen() {
        // nothing is ever cleared in these tests
    }

    synchronized int total() {
        return total;
    }

    /** Sequence numbers received from {@code sender}, in arrival order. */
    synchronized List<Integer> from(int sender) {
        return List.copyOf(bySender.get(sender));
    }

    /** Waits until {@code expected} output lines arrived; false at the deadline. */
    synchronized boolean awaitTotal(int expected, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (total < expected) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
