package io.dbgshell.shell;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads lines from a console on its own daemon thread and hands each over; at end of input it
 * hands over {@code q}. Ctrl-C at a terminal's prompt runs {@code interrupt} on this thread at once,
 * never behind a line. Reading never holds up the session, and a blocked read on a pipe just stays
 * blocked while the process ends.
 *
 * <p>A person at a terminal may type while a command runs (the target runs, everyone goes on). A
 * console that is not a terminal (a pipe, a file) is a script, read as cdb reads one: its first line
 * once the start-up commands are over, and each next line once the one before is over, including
 * its wait for the target to stop after {@code g}, {@code p}, {@code t} or {@code gu}.
 */
public final class Repl {
    private Repl() {
    }

    /** For a console whose lines are sent on without anything to wait for (a client's). */
    public static void start(Console console, Consumer<String> lines, Runnable interrupt) {
        CompletionStage<Void> done = CompletableFuture.completedFuture(null);
        start(console, done, line -> {
            lines.accept(line);
            return done;
        }, interrupt);
    }

    /**
     * @param startUp completes once the start-up commands are over; a pipe's first line waits for it
     * @param lines   takes a line and completes once it is over; a pipe's next line waits for that
     */
    public static void start(Console console, CompletionStage<?> startUp, Function<String, CompletionStage<?>> lines,
                             Runnable interrupt) {
        console.onInterrupt(interrupt);
        boolean oneLineAtATime = !console.interactive();
        Thread reader = new Thread(() -> {
            if (oneLineAtATime) {
                awaitOver(startUp);
            }
            while (true) {
                Optional<String> line = console.readLine();
                if (line.isEmpty()) {
                    lines.apply("q");
                    return;
                }
                if (!line.get().isBlank()) {
                    CompletionStage<?> over = lines.apply(line.get());
                    if (oneLineAtATime) {
                        awaitOver(over);
                    }
                }
            }
        }, "dbgshell-console");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Waits, with no time bound, as cdb does for a script's {@code g}: the stage ends when the
     * target stops, goes away or is broken into (by a client, or by a signal ending the session).
     */
    private static void awaitOver(CompletionStage<?> stage) {
        stage.toCompletableFuture().handle((result, failure) -> null).join();
    }
}
