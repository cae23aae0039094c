package io.dbgshell.bench;

import io.dbgshell.config.Tunables;
import io.dbgshell.host.HostSettings;
import io.dbgshell.protocol.Identity;
import io.dbgshell.testing.Guessers;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Online password guessing against a tcp server with the default settings and limits, the guessers
 * ({@link Guessers}, one thread per group) in this JVM on sockets bound to loopback addresses of their own (all of 127.0.0.0/8 reaches
 * the host). Phase zero, the baseline: the right client alone joins every half second for half a
 * phase (on this shared machine, what a join costs without any attack). Phase one: groups of 10, 50 and 300 parallel guessers, each group from one address,
 * all at once; for each group, the wrong-password answers it got after its first 8 (the per-source
 * share, so the answers to the guesses it got in before any failure was known). Meanwhile a
 * client from 127.0.0.1 joins with the right password every half second: its join times. Phase two:
 * guessers that take a new address for every guess (127.1.0.1 upwards): the wrong-password answers
 * per second they reach, and how the right client fares meanwhile.
 * Arguments: runs, seconds per phase, rotating guessers, and where the guessers run: {@code same}
 * (threads in this JVM, competing with the host at equal priority) or {@code apart} (each group in a
 * process of its own under {@code nice}, like an attacker on another machine: see
 * {@link AttackerProcess}). Default 3, 30, 200, same.
 */
public final class GuessBench {
    private static final int[] GROUPS = {10, 50, 300};
    /** Guesses a source gets before its first failure is known: the rate is measured after these. */
    private static final int FREE = HostSettings.PRE_AUTH_PER_SOURCE.defaultValue();
    /** A group's source that takes a new address for every connection. */
    private static final String ROTATING = "rotating";

    private GuessBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int rotating = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        boolean apart = args.length > 3 && "apart".equals(args[3]);
        Report.header("password guessing, default limits (" + HostSettings.PRE_AUTH_PER_SOURCE.defaultValue() + " per source, "
                + HostSettings.PRE_AUTH_FULL.defaultValue() + " in all), guessers "
                + (apart ? "in processes of their own under nice" : "in this JVM"));
        List<List<Double>> groupRates = new ArrayList<>();
        for (int ignored : GROUPS) {
            groupRates.add(new ArrayList<>());
        }
        List<Double> baselineMedians = new ArrayList<>();
        List<Double> joinMedians = new ArrayList<>();
        List<Double> joinMaxima = new ArrayList<>();
        List<Double> rotatingRates = new ArrayList<>();
        List<Double> rotatingJoinShares = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            try (BenchSession bench = new BenchSession(Tunables.DEFAULTS, ",password=" + BenchSession.PASSWORD)) {
                InetSocketAddress server = new InetSocketAddress("127.0.0.1", bench.port());
                Joins alone = guess(bench, server, apart, List.of(), List.of(), List.of(), Math.max(1, seconds / 2));
                baselineMedians.add(Stats.of(alone.times()).median());
                Report.line("run %d: right client alone: median join %.1f ms, max %.1f ms", run,
                        Stats.of(alone.times()).median() / 1e6, Stats.of(alone.times()).max() / 1e6);
                List<List<Long>> answers = new ArrayList<>();
                List<String> sources = new ArrayList<>();
                List<Integer> sizes = new ArrayList<>();
                for (int g = 0; g < GROUPS.length; g++) {
                    String address = "127.0.0." + (2 + g);
                    answers.add(Collections.synchronizedList(new ArrayList<>()));
                    sources.add(address);
                    sizes.add(GROUPS[g]);
                }
                long start = System.nanoTime();
                Joins joins = guess(bench, server, apart, sources, sizes, answers, seconds);
                long end = start + TimeUnit.SECONDS.toNanos(seconds);
                StringBuilder line = new StringBuilder("run " + run + ":");
                for (int g = 0; g < GROUPS.length; g++) {
                    List<Long> times = new ArrayList<>(answers.get(g));
                    Collections.sort(times);
                    // answers are held, so some come after the phase's end: the window runs to the last of them
                    long last = times.isEmpty() ? end : Math.max(end, times.get(times.size() - 1));
                    double rate = times.size() <= FREE ? 0 : (times.size() - FREE) / ((last - times.get(FREE - 1)) / 1e9);
                    groupRates.get(g).add(rate);
                    line.append(String.format(" %d guessers: %d answers, %.3f/s after the first %d |",
                            GROUPS[g], times.size(), rate, FREE));
                }
                Stats join = Stats.of(joins.times());
                joinMedians.add(join.median());
                joinMaxima.add(join.max());
                Report.line("%s right client: %d of %d joined, median %.1f ms, max %.1f ms", line, joins.times().length,
                        joins.attempts, join.median() / 1e6, join.max() / 1e6);

                List<Long> rotated = Collections.synchronizedList(new ArrayList<>());
                Joins during = guess(bench, server, apart, List.of(ROTATING), List.of(rotating), List.of(rotated), seconds);
                double rate = rotated.size() / (double) seconds;
                rotatingRates.add(rate);
                rotatingJoinShares.add(during.times().length / (double) during.attempts);
                Report.line("run %d: %d guessers on %d addresses: %.1f wrong-password answers/s; right client joined %d of %d,"
                                + " median %.1f ms", run, rotating, during.opened(), rate, during.times().length, during.attempts,
                        during.times().length == 0 ? 0 : Stats.of(during.times()).median() / 1e6);
            }
        }
        Report.line("%d runs x 2 phases of %d s", runs, seconds);
        for (int g = 0; g < GROUPS.length; g++) {
            Report.line("%3d parallel guessers, one address: answers/s after the first %d %s  target <= 1 (after 10)",
                    GROUPS[g], FREE, RoundTripBench.of(groupRates.get(g)).spread(1, "/s"));
        }
        Report.line("right client's join alone (baseline): median %s", RoundTripBench.of(baselineMedians).spread(1e6, " ms"));
        Report.line("right client's join meanwhile: median %s, max %s  target < 100 ms",
                RoundTripBench.of(joinMedians).spread(1e6, " ms"), RoundTripBench.of(joinMaxima).spread(1e6, " ms"));
        Report.line("%d guessers rotating addresses: %s wrong-password answers/s (bound: %d counted / %s hold)",
                rotating, RoundTripBench.of(rotatingRates).spread(1, "/s"), HostSettings.PRE_AUTH_FULL.defaultValue(),
                HostSettings.AUTH_FAILURE_BASE_DELAY.defaultValue());
        Report.line("right client's joins that got in while they rotate: %s", RoundTripBench.of(rotatingJoinShares).spread(1, ""));
        Report.line("load after: %s", Report.load());
    }

    /** The right client's join times and tries, and how many connections the guessers opened. */
    private record Joins(long[] times, int attempts, int opened) {
    }

    /**
     * Runs {@code sizes[i]} parallel guessers from {@code sources[i]} ({@link #ROTATING}: a new address
     * per connection) for {@code seconds}, one thread or process per group, recording when each
     * wrong-password answer came into {@code answers[i]}; meanwhile the right client joins every half
     * second.
     */
    private static Joins guess(BenchSession bench, InetSocketAddress server, boolean apart, List<String> sources,
                               List<Integer> sizes, List<List<Long>> answers, int seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> threads = new ArrayList<>();
        List<Guessers> inProcess = new ArrayList<>();
        List<AttackerProcess> processes = new ArrayList<>();
        for (int g = 0; g < sizes.size(); g++) {
            String source = sources.get(g);
            if (apart) {
                processes.add(new AttackerProcess(server, source, sizes.get(g), end, answers.get(g)));
                continue;
            }
            IntFunction<String> addresses = ROTATING.equals(source) ? AttackerProcess::rotatingAddress : n -> source;
            Guessers guessers = new Guessers(server, addresses, sizes.get(g), end, answers.get(g));
            inProcess.add(guessers);
            Thread thread = new Thread(guessers, "guessers-" + g);
            thread.start();
            threads.add(thread);
        }
        RightClient.Joins joins = RightClient.joinUntil(end, n -> bench.join(",password=" + BenchSession.PASSWORD,
                new Identity("RIGHTBOX", "right" + n), new QueueDisplay()));
        int opened = 0;
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
        for (Guessers guessers : inProcess) {
            opened += guessers.opened();
        }
        for (AttackerProcess process : processes) {
            opened += process.join();
        }
        return new Joins(joins.times(), joins.attempts(), opened);
    }
}
