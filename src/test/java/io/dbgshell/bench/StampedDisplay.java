package io.dbgshell.bench;

import io.dbgshell.shell.Console;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A host console or a client's display that stamps every text and prompt it is shown with
 * {@link System#nanoTime()} on the thread that shows it (the client's event loop, the host console's
 * writer), as a terminal would show it. A benchmark thread then waits for what it expects, reading
 * forward from where its last wait stopped; the stamp keeps that hand-over out of the measured time.
 */
final class StampedDisplay implements Console {
    /** How long one wait lasts before the benchmark gives up and says what it saw. */
    static final Duration WAIT = Duration.ofSeconds(60);
    /** How much of what was shown a failed wait quotes. */
    private static final int QUOTED = 40;

    /** One text or prompt, and when it was shown. */
    record Shown(boolean prompt, String text, long nanoTime) {
    }

    private final List<Shown> shown = new ArrayList<>();
    private int read;
    /** What the benchmark thread waits for; only that wakes it, as a person is not woken by every redraw. */
    private Predicate<Shown> awaited = s -> false;

    @Override
    public void print(String text) {
        add(new Shown(false, text, System.nanoTime()));
    }

    @Override
    public void prompt(String prompt) {
        add(new Shown(true, prompt, System.nanoTime()));
    }

    private synchronized void add(Shown next) {
        shown.add(next);
        if (awaited.test(next)) {
            notifyAll();
        }
    }

    /** Waits for a text containing {@code part}, past everything read so far. */
    Shown awaitText(String part) {
        return await(s -> !s.prompt() && s.text().contains(part), "text '" + part.strip() + "'");
    }

    /** Waits for the prompt {@code prompt}, past everything read so far. */
    Shown awaitPrompt(String prompt) {
        return await(s -> s.prompt() && s.text().equals(prompt), "prompt '" + prompt + "'");
    }

    /** Waits for the first unread entry that is {@code wanted}; everything up to it counts as read. */
    synchronized Shown await(Predicate<Shown> wanted, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        awaited = wanted;
        while (true) {
            for (; read < shown.size(); read++) {
                if (wanted.test(shown.get(read))) {
                    return shown.get(read++);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException("no " + what + " within " + WAIT.toSeconds() + " s; last shown: "
                        + shown.subList(Math.max(0, shown.size() - QUOTED), shown.size()));
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for " + what, e);
            }
        }
    }

    /** Forgets everything shown so far (between rounds, so a long run keeps little). */
    synchronized void clear() {
        shown.clear();
        read = 0;
    }

    @Override
    public void clearScreen() {
        // nothing to clear: what was shown is kept for the waits
    }

    @Override
    public boolean interactive() {
        return true; // a terminal: the host does not echo its own typing back
    }

    @Override
    public Optional<String> readLine() {
        return Optional.empty(); // the benchmark types through the session, not through this console
    }

    @Override
    public void close() {
        // nothing was opened
    }
}
