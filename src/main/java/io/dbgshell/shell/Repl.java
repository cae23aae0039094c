package io.dbgshell.shell;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads lines from a console on its own daemon thread and hands each to {@code lines}; at end of
 * input it hands over {@code q}. Ctrl-C at a terminal's prompt runs {@code interrupt} on this
 * thread at once, never behind a line. Reading never holds up the session: it goes on while a
 * command runs, and a blocked read on a pipe just stays blocked while the process ends.
 */
public final class Repl {
    private Repl() {
    }

    public static void start(Console console, Consumer<String> lines, Runnable interrupt) {
        console.onInterrupt(interrupt);
        Thread reader = new Thread(() -> {
            while (true) {
                Optional<String> line = console.readLine();
                if (line.isEmpty()) {
                    lines.accept("q");
                    return;
                }
                if (!line.get().isBlank()) {
                    lines.accept(line.get());
                }
            }
        }, "dbgshell-console");
        reader.setDaemon(true);
        reader.start();
    }
}
