package io.dbgshell.bench;

import io.dbgshell.shell.Console;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The benchmark host's console, plugged into the real {@code HostConsole}: it keeps no transcript,
 * only a count of clients the session dropped for not keeping up.
 */
final class BenchConsole implements Console {
    private static final String DROPPED = "could not keep up";
    private final AtomicInteger drops = new AtomicInteger();

    /** How many clients the session has dropped for not keeping up. */
    int drops() {
        return drops.get();
    }

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public void print(String text) {
        if (text.contains(DROPPED)) {
            drops.incrementAndGet();
        }
    }

    @Override
    public void prompt(String prompt) {
        // a prompt is not output
    }

    @Override
    public void clearScreen() {
        // nothing kept, nothing to clear
    }

    @Override
    public Optional<String> readLine() {
        return Optional.empty();
    }

    @Override
    public void close() {
        // nothing was opened
    }
}
