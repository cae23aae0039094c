package io.dbgshell.reliability;

import io.dbgshell.shell.Console;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The soak host's console, plugged into the real {@code HostConsole}: it only counts what it would
 * show, so a long run measures the session rather than a growing transcript.
 */
final class CountingConsole implements Console {
    final AtomicLong shownChars = new AtomicLong();

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public void print(String text) {
        shownChars.addAndGet(text.length());
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
