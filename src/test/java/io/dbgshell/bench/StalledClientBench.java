package io.dbgshell.bench;

import io.dbgshell.client.RemoteSession;
import io.dbgshell.engine.TargetState;
import io.dbgshell.protocol.Frame;
import io.dbgshell.protocol.Identity;
import io.dbgshell.session.SessionSettings;
import io.dbgshell.testing.FloodCommand;
import io.dbgshell.testing.RawLink;
import io.dbgshell.testing.TestHost;
import io.netty.util.internal.PlatformDependent;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One stalled client among 100: 99 live clients' delivery latency for a stream of commands with
 * ~20 KB of output each, with a 100th client that reads normally (baseline) and with one that never
 * reads (tcp receive buffer shrunk), in alternating phases of the same run. Reports the others' p99,
 * when the stalled one was dropped (over its queue bound and taking nothing for the stall timeout),
 * the host heap after GC and the peak of Netty's direct memory, where queued output lives. Arguments: pairs of phases, rounds
 * per phase (default 3, 300).
 */
public final class StalledClientBench {
    static final int CLIENTS = 100;
    static final int LINES = 400;
    static final int WIDTH = 100;

    private StalledClientBench() {
    }

    public static void main(String[] args) throws Exception {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Report.header("one stalled client among " + CLIENTS);
        List<Double> baseP99 = new ArrayList<>();
        List<Double> stallP99 = new ArrayList<>();
        try (BenchSession bench = new BenchSession(TestHost.fastSettings(), "")) {
            Report.line("participant queue bound %d KiB; output per round %d bytes",
                    TestHost.fastSettings().get(SessionSettings.PARTICIPANT_QUEUE_BYTES) / 1024,
                    FloodCommand.text("T000000", LINES, WIDTH).length());
            List<ExpectingDisplay> live = new ArrayList<>();
            for (int i = 0; i < CLIENTS - 1; i++) {
                ExpectingDisplay display = new ExpectingDisplay();
                live.add(display);
                bench.join("", new Identity("CLIENTBOX", "live" + i), display);
            }
            long heapBefore = MemoryHost.heapAfterGc();
            int roundNo = 0;
            for (int pair = -1; pair < pairs; pair++) { // pair -1 warms up
                RemoteSession normal = bench.join("", new Identity("CLIENTBOX", "normal"), new ExpectingDisplay());
                long[] base = phase(bench, live, rounds, roundNo);
                roundNo += rounds;
                normal.disconnect();

                int drops = bench.drops();
                RawLink stalled = RawLink.openSmallBuffer(new InetSocketAddress(InetAddress.getLoopbackAddress(), bench.port()));
                if (!(stalled.join("CLIENTBOX", "stalled", Optional.empty()) instanceof Frame.Accepted)) {
                    throw new IllegalStateException("the stalled client was not accepted");
                }
                peakPooled = 0;
                long stallStart = System.nanoTime();
                long[] withStall = phase(bench, live, rounds, roundNo);
                roundNo += rounds;
                // the host drops a client over its bound once it has taken nothing for the stall timeout
                long dropDeadline = System.nanoTime() + TestHost.fastSettings().get(SessionSettings.PARTICIPANT_STALL_TIMEOUT).toNanos()
                        + 5_000_000_000L;
                while (bench.drops() == drops && System.nanoTime() < dropDeadline) {
                    Thread.sleep(10);
                }
                boolean dropped = bench.drops() > drops;
                double droppedAfter = (System.nanoTime() - stallStart) / 1e9;
                stalled.close();
                if (pair < 0) {
                    continue;
                }
                Stats b = Stats.of(base);
                Stats s = Stats.of(withStall);
                baseP99.add(b.p99());
                stallP99.add(s.p99());
                Report.line("pair %d: none stalled median %.2f ms p99 %.2f ms | one stalled median %.2f ms p99 %.2f ms"
                                + " | p99 ratio %.2f | stalled one dropped: %s, %.1f s after it joined | heap after GC %.1f MiB (%.1f before)"
                                + " | peak Netty direct memory %.1f MiB",
                        pair, b.median() / 1e6, b.p99() / 1e6, s.median() / 1e6, s.p99() / 1e6, s.p99() / b.p99(),
                        dropped, droppedAfter, MemoryHost.heapAfterGc() / 1048576.0, heapBefore / 1048576.0, peakPooled / 1048576.0);
            }
        }
        Report.line("others' p99, none stalled   %s", RoundTripBench.of(baseP99).spread(1e6, " ms"));
        Report.line("others' p99, one stalled    %s", RoundTripBench.of(stallP99).spread(1e6, " ms"));
        Report.line("ratio of medians of p99     %.2f  target <= 1.5",
                RoundTripBench.of(stallP99).median() / RoundTripBench.of(baseP99).median());
        Report.line("load after: %s", Report.load());
    }

    /** Runs {@code rounds} commands; returns every live client's latency for each. */
    private static long[] phase(BenchSession bench, List<ExpectingDisplay> live, int rounds, int firstRound)
            throws InterruptedException {
        long[] latencies = new long[rounds * live.size()];
        int k = 0;
        for (int r = 0; r < rounds; r++) {
            String tag = String.format("T%06d", firstRound + r);
            String command = "flood " + LINES + " " + WIDTH + " " + tag;
            String expected = TargetState.NO_TARGET_PROMPT + command + "\n" + FloodCommand.text(tag, LINES, WIDTH);
            CountDownLatch done = new CountDownLatch(live.size());
            live.forEach(d -> d.expect(expected, done));
            long start = System.nanoTime();
            bench.type(command);
            if (!done.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException(done.getCount() + " live clients incomplete after 60 s");
            }
            samplePooled();
            for (ExpectingDisplay display : live) {
                if (!display.exact()) {
                    throw new IllegalStateException("a live client received other bytes than sent");
                }
                latencies[k++] = display.completedAt() - start;
            }
        }
        return latencies;
    }

    /** The most direct memory Netty had allocated at the end of any round: where queued output lives. */
    private static long peakPooled;

    private static void samplePooled() {
        peakPooled = Math.max(peakPooled, PlatformDependent.usedDirectMemory());
    }
}
