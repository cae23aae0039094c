package io.dbgshell.shell;

import java.util.Optional;

/** The console of a host started with {@code -noio}: it reads nothing and shows nothing. */
public final class NullConsole implements Console {
    @Override
    public boolean interactive() {
        return false;
    }

    @Override
    public void print(String text) {
        // -noio: output goes to clients and the transcript only
    }

    @Override
    public void prompt(String prompt) {
        // -noio: no prompt is shown
    }

    @Override
    public void clearScreen() {
        // -noio: no screen
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
