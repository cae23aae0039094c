package io.dbgshell.testing;

import io.dbgshell.shell.Console;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * A host console for long runs and benchmarks that keeps nothing: it behaves as a terminal and hands
 * each printed text to a callback (which may count it), so memory measures the session rather than
 * a growing transcript. {@link RecordingConsole} is the one that keeps what it was shown.
 */
public final class PrintingConsole implements Console {
    private final Consumer<String> onPrint;

    public PrintingConsole(Consumer<String> onPrint) {
        this.onPrint = onPrint;
    }

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public void print(String text) {
        onPrint.accept(text);
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
