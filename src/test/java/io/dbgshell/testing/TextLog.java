package io.dbgshell.testing;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text collected from a display or a process, with waits that end as soon as the expected text
 * arrives (or fail at a deadline with everything seen so far). No sleeps: writers notify.
 */
public final class TextLog {
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);
    private static final Pattern CONNECT_HINT =
            Pattern.compile("Client can connect with: dbgshell -remote \\w+:(?:[^,\n]*,)*Port=(\\d+)[,\n]");

    private final StringBuilder text = new StringBuilder();
    private boolean closed;

    public synchronized void append(String more) {
        text.append(more);
        notifyAll();
    }

    /** No more text will come (the source ended); waits for absent text fail at once. */
    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    public synchronized String text() {
        return text.toString();
    }

    public String await(String expected) {
        return await(expected, DEFAULT_WAIT);
    }

    public String await(String expected, Duration wait) {
        return awaitCount(expected, 1, wait);
    }

    public String awaitPattern(String regex) {
        Pattern pattern = Pattern.compile(regex, Pattern.MULTILINE);
        return awaitUntil(() -> pattern.matcher(text).find(), "pattern /" + regex + "/", DEFAULT_WAIT);
    }

    /**
     * Waits until {@code expected} occurs at least {@code times} times. Counting resumes where the
     * last look stopped, so waiting on a log of many megabytes stays linear in its size.
     */
    public String awaitCount(String expected, int times, Duration wait) {
        int[] found = {0};
        int[] from = {0};
        return awaitUntil(() -> {
            for (int at = text.indexOf(expected, from[0]); at >= 0; at = text.indexOf(expected, from[0])) {
                found[0]++;
                from[0] = at + expected.length();
            }
            from[0] = Math.max(from[0], text.length() - expected.length() + 1);
            return found[0] >= times;
        }, times + " x '" + expected + "'", wait);
    }

    /**
     * Waits for a server's connect hint ({@code Client can connect with: dbgshell -remote ...Port=N})
     * and returns the port the last one names: where a server given port 0 or a range really listens.
     */
    public int awaitServerPort() {
        return awaitServerPort(UnaryOperator.identity());
    }

    /** As {@link #awaitServerPort()}, on the text as {@code view} shows it (a screen without its escapes). */
    public int awaitServerPort(UnaryOperator<String> view) {
        String shown = view.apply(awaitMatch(text -> CONNECT_HINT.matcher(view.apply(text)).find(),
                "a connect hint", DEFAULT_WAIT));
        Matcher hint = CONNECT_HINT.matcher(shown);
        int port = -1;
        while (hint.find()) {
            port = Integer.parseInt(hint.group(1));
        }
        return port;
    }

    public static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    public String awaitMatch(Predicate<String> done, String what, Duration wait) {
        return awaitUntil(() -> done.test(text.toString()), what, wait);
    }

    /** Waits, with this log's lock held between looks, until {@code done} says so. */
    private synchronized String awaitUntil(java.util.function.BooleanSupplier done, String what, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!done.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || closed) {
                throw new AssertionError("timed out waiting for " + what + (closed ? " (source ended)" : "")
                        + "; got:\n" + text);
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
        return text.toString();
    }
}
