package io.dbgshell.bench;

import io.dbgshell.client.RemoteSession;
import io.dbgshell.engine.TargetState;
import io.dbgshell.protocol.Frame;
import io.dbgshell.protocol.FrameCodec;
import io.dbgshell.protocol.Identity;
import io.dbgshell.testing.FloodCommand;
import io.dbgshell.testing.TestHost;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Fan-out: the host runs one command whose output is 100 lines; time until each of N attached
 * clients has every byte, against a raw Netty broadcast of the same frames to N sockets. Both
 * stop the clock when the last client's event loop has the last byte, not when the benchmark
 * thread wakes up to see it, and dbgshell's clients' text is compared with what was sent after
 * the round.
 * Each measured round is preceded by an unmeasured one, at least {@value #MIN_WARM_UP} in all, so
 * that both paths are compiled before they are timed: with two warm-up rounds most of a short run
 * timed dbgshell's longer path still in the interpreter, which is not what a session that has been
 * up for a minute runs.
 * Arguments: rounds, then the values of N (default 15, 10 100 1000).
 */
public final class FanOutBench {
    static final int LINES = 100;
    static final int WIDTH = 64;
    static final int MIN_WARM_UP = 20;

    private FanOutBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(10, 100, 1000);
        }
        Report.header("fan-out of 100 lines to N clients over tcp");
        for (int n : sizes) {
            measure(n, rounds);
        }
        Report.line("load after: %s", Report.load());
    }

    private static void measure(int n, int rounds) throws Exception {
        try (BenchSession bench = new BenchSession(TestHost.fastSettings(), "");
             RawBroadcast raw = new RawBroadcast(n)) {
            List<ExpectingDisplay> receivers = new ArrayList<>();
            List<RemoteSession> clients = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ExpectingDisplay receiver = new ExpectingDisplay();
                receivers.add(receiver);
                clients.add(bench.join("", new Identity("CLIENTBOX", "c" + i), receiver));
            }
            long[] rawTimes = new long[rounds];
            long[] times = new long[rounds];
            int warmUp = Math.max(MIN_WARM_UP, rounds);
            for (int round = -warmUp; round < rounds; round++) { // rounds below 0 warm up
                String tag = "T" + (round + warmUp);
                String command = "flood " + LINES + " " + WIDTH + " " + tag;
                String echo = TargetState.NO_TARGET_PROMPT + command + "\n";
                String output = FloodCommand.text(tag, LINES, WIDTH);
                List<ByteBuf> frames = List.of(encode(echo), encode(output));
                long rawTime = raw.broadcast(frames);
                frames.forEach(ByteBuf::release);

                CountDownLatch done = new CountDownLatch(n);
                receivers.forEach(r -> r.expect(echo + output, done));
                long start = System.nanoTime();
                bench.type(command);
                if (!done.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException(done.getCount() + " of " + n + " clients incomplete after 60 s");
                }
                long time = receivers.stream().mapToLong(ExpectingDisplay::completedAt).max().orElseThrow() - start;
                long wrong = receivers.stream().filter(r -> !r.exact()).count();
                if (wrong > 0) {
                    throw new IllegalStateException(wrong + " clients received other bytes than sent");
                }
                if (round >= 0) {
                    rawTimes[round] = rawTime;
                    times[round] = time;
                }
            }
            Stats rawStats = Stats.of(rawTimes);
            Stats stats = Stats.of(times);
            Report.line("N=%d: bytes per client %d, %d rounds after %d warm-up rounds; every client got every byte", n,
                    bytesPerClient(), rounds, warmUp);
            Report.line("  raw netty broadcast  %s", rawStats.spread(1e6, " ms"));
            Report.line("  dbgshell fan-out     %s", stats.spread(1e6, " ms"));
            Report.line("  ratio of medians     %.2f  target <= 2", stats.median() / rawStats.median());
            clients.forEach(RemoteSession::disconnect);
        }
    }

    private static int bytesPerClient() {
        String command = "flood " + LINES + " " + WIDTH + " T0";
        ByteBuf a = encode(TargetState.NO_TARGET_PROMPT + command + "\n");
        ByteBuf b = encode(FloodCommand.text("T0", LINES, WIDTH));
        int size = a.readableBytes() + b.readableBytes();
        a.release();
        b.release();
        return size;
    }


    private static ByteBuf encode(String text) {
        return FrameCodec.encode(new Frame.Output(text), ByteBufAllocator.DEFAULT);
    }
}
