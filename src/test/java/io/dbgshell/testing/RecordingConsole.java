package io.dbgshell.testing;

import io.dbgshell.shell.Console;

import java.util.Optional;

/**
 * A console for tests, as the host's console or a client's display: records what would be shown
 * and every prompt. It behaves as a terminal (commands typed here are not echoed back).
 */
public final class RecordingConsole implements Console {
    public final TextLog log = new TextLog();
    /** Every prompt received, one per line. */
    public final TextLog prompts = new TextLog();
    private volatile String prompt = "";
    private volatile int clears;

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public void print(String text) {
        log.append(text);
    }

    @Override
    public void prompt(String prompt) {
        this.prompt = prompt;
        prompts.append(prompt + "\n");
    }

    public String currentPrompt() {
        return prompt;
    }

    /**
     * Waits until the newest prompt shown is {@code expected}. The host's console shows the newest
     * prompt whenever its thread gets to it (a prompt is state, not output), so a change quickly
     * followed by another may never be drawn there: wait for each before making the next.
     */
    public void awaitPrompt(String expected) {
        prompts.awaitMatch(shown -> shown.endsWith(expected + "\n"), "the prompt '" + expected + "'", TextLog.DEFAULT_WAIT);
    }

    @Override
    public void clearScreen() {
        clears++;
    }

    public int clears() {
        return clears;
    }

    @Override
    public Optional<String> readLine() {
        return Optional.empty();
    }

    @Override
    public void close() {
        log.close();
    }
}
