package io.dbgshell.engine.jdi;

import io.dbgshell.config.Tunables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drains a launched target's merged standard output and error on its own thread: first the JDWP
 * agent's announcement of its port, then everything the target prints, passed on in whole lines at
 * a bounded rate (an unfinished line waits for its end: the target's standard input is empty, so no
 * prompt of its own waits for an answer). Reading more slowly than a chatty target writes is deliberate: the target then
 * blocks on its full pipe, the way it would on a slow terminal, and nothing here grows.
 */
final class TargetOutput {
    private static final Logger LOG = LoggerFactory.getLogger(TargetOutput.class);
    /** What the JDWP agent prints first when it listens: {@code Listening for transport dt_socket at address: 36129}. */
    private static final Pattern LISTENING = Pattern.compile("^Listening for transport dt_socket at address: (\\d+)\\s*$");
    /** Lines of early output kept to explain a {@code java} that failed to start. */
    private static final int EARLY_LINES = 3;
    /**
     * What the {@code java} launcher adds after the line that says what went wrong, whatever it was:
     * left out of the one-line reason, which would otherwise read {@code Error: ... Error: ...}.
     */
    private static final Set<String> LAUNCHER_TRAILER = Set.of("Error: Could not create the Java Virtual Machine.",
            "Error: A fatal exception has occurred. Program will exit.");

    private final BufferedReader reader;
    private final Consumer<String> sink;
    private final int chunkChars;
    private final int charsPerSecond;
    private final CompletableFuture<Integer> port = new CompletableFuture<>();
    private final StringBuilder early = new StringBuilder();
    private final Thread thread;
    /** When the rate allows the next character out, on the drain's own clock ({@link System#nanoTime}). */
    private long nextAllowedNanos = System.nanoTime();

    TargetOutput(InputStream stream, Consumer<String> sink, Tunables tunables) {
        this.chunkChars = tunables.get(JdiSettings.OUTPUT_CHUNK_CHARS);
        this.charsPerSecond = tunables.get(JdiSettings.OUTPUT_CHARS_PER_SECOND);
        this.reader = new BufferedReader(new InputStreamReader(stream, Charset.defaultCharset()), chunkChars);
        this.sink = sink;
        this.thread = new Thread(this::drain, "dbgshell-target-output");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The port the agent announced; fails with the first lines {@code java} printed if it ended
     * without one (a bad option, a missing JDK) within {@code wait}.
     */
    int port(Duration wait) throws LaunchFailure {
        try {
            return port.get(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new LaunchFailure("java did not announce its debugging port within " + wait.toSeconds() + " s");
        } catch (java.util.concurrent.ExecutionException e) {
            throw (LaunchFailure) e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("interrupted while starting java");
        }
    }

    /** Waits, at most {@code wait}, until everything the target printed has been passed on. */
    void awaitEnd(Duration wait) {
        try {
            thread.join(Math.max(1, wait.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain() {
        try {
            if (readPort()) {
                passOn();
            }
        } catch (IOException e) {
            LOG.debug("target output ended", e);
            port.completeExceptionally(new LaunchFailure("java ended before it started: " + e.getMessage()));
        }
    }

    /** Reads lines until the agent's announcement; false if the stream ended first. */
    private boolean readPort() throws IOException {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            Matcher matcher = LISTENING.matcher(line);
            if (matcher.matches()) {
                port.complete(Integer.parseInt(matcher.group(1)));
                return true;
            }
            if (early.length() < chunkChars && line.strip().length() > 0
                    && !LAUNCHER_TRAILER.contains(line.strip())
                    && early.chars().filter(c -> c == '\n').count() < EARLY_LINES) {
                early.append(line.strip()).append('\n');
            }
        }
        String said = early.toString().strip().replace('\n', ' ');
        port.completeExceptionally(new LaunchFailure(said.isEmpty() ? "java ended before it started" : said));
        return false;
    }

    private void passOn() throws IOException {
        char[] buffer = new char[chunkChars];
        StringBuilder partial = new StringBuilder();
        for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
            pace(n);
            partial.append(buffer, 0, n);
            int end = partial.lastIndexOf("\n") + 1;
            if (partial.length() - end >= buffer.length) {
                // one very long line: show it in pieces rather than hold more (a short unfinished line waits for its end)
                partial.append('\n');
                end = partial.length();
            }
            if (end > 0) {
                sink.accept(partial.substring(0, end));
                partial.delete(0, end);
            }
        }
        if (partial.length() > 0) {
            sink.accept(partial.append('\n').toString());
        }
    }

    /** Holds the drain back until {@code chars} more fit in the rate; see the class comment for why it waits. */
    private void pace(int chars) {
        long now = System.nanoTime();
        nextAllowedNanos = Math.max(nextAllowedNanos, now)
                + TimeUnit.SECONDS.toNanos(chars) / charsPerSecond;
        long ahead = nextAllowedNanos - now - TimeUnit.SECONDS.toNanos(1);
        // a second's worth may go at once; past that, wait for the rate to catch up
        while (ahead > 0) {
            LockSupport.parkNanos(ahead);
            ahead = nextAllowedNanos - System.nanoTime() - TimeUnit.SECONDS.toNanos(1);
        }
    }

    /** {@code java} did not start; the message is one line for the user. */
    static final class LaunchFailure extends Exception {
        private static final long serialVersionUID = 1L;

        LaunchFailure(String message) {
            super(message);
        }
    }
}
