package io.dbgshell.bench;

import io.dbgshell.testing.Guessers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * One group of {@link Guessers} in a process of its own at a lower scheduling priority ({@code nice}),
 * as an attacker on another machine would be: its connections still cost the host everything they
 * cost, but its own loop and its garbage do not compete with the host's threads at equal priority or
 * pause them. The group reports each wrong-password answer's {@link System#nanoTime} on a line of
 * its own (the same monotonic clock as the parent's on Linux) and then the number of connections
 * it opened, all once it ends.
 */
final class AttackerProcess {
    private static final String OPENED = "opened ";
    /** How long after its deadline a group may take to close its connections and report. */
    private static final Duration END_GRACE = Duration.ofSeconds(30);
    private final Process process;
    private final Thread reader;
    private volatile int opened;

    /**
     * @param source "rotating" for a new address per connection (see {@link #rotatingAddress}), else one address
     */
    AttackerProcess(InetSocketAddress server, String source, int parallel, long endNanos, List<Long> answers)
            throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        process = new ProcessBuilder("nice", "-n", "10", java, "-Xmx256m", "-XX:+UseParallelGC",
                "-cp", System.getProperty("java.class.path"), AttackerProcess.class.getName(),
                server.getHostString(), Integer.toString(server.getPort()), source, Integer.toString(parallel),
                Long.toString(endNanos))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        reader = new Thread(() -> read(answers), "attacker-output");
        reader.start();
    }

    private void read(List<Long> answers) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(OPENED)) {
                    opened = Integer.parseInt(line.substring(OPENED.length()));
                } else {
                    answers.add(Long.parseLong(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits for the group to end (it stops at its deadline; past {@link #END_GRACE} more it is killed)
     * and returns how many connections it opened.
     */
    int join() throws InterruptedException {
        if (!process.waitFor(END_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
        }
        reader.join();
        return opened;
    }

    /** 127.1.0.1 upwards, skipping .0 and .255: a new source for every guess. */
    static String rotatingAddress(int n) {
        return "127." + (1 + (n / (254 * 256)) % 254) + "." + (n / 254) % 256 + "." + (1 + n % 254);
    }

    public static void main(String[] args) {
        InetSocketAddress server = new InetSocketAddress(args[0], Integer.parseInt(args[1]));
        IntFunction<String> source = "rotating".equals(args[2]) ? AttackerProcess::rotatingAddress : n -> args[2];
        List<Long> answers = new ArrayList<>();
        Guessers guessers = new Guessers(server, source, Integer.parseInt(args[3]), Long.parseLong(args[4]), answers);
        guessers.run();
        // the times are absolute, so they can all be told at the end
        StringBuilder report = new StringBuilder();
        for (long answer : answers) {
            report.append(answer).append('\n');
        }
        System.out.print(report.append(OPENED).append(guessers.opened()).append('\n'));
        System.out.flush();
    }
}
