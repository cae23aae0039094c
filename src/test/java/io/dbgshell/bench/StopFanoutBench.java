package io.dbgshell.bench;

import io.dbgshell.testing.TargetPrograms;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 13's speed figure 3: from a breakpoint event to the last of N remote clients showing it.
 * Two debugging hosts run side by side, one with 8 clients joined over tcp and one with 1, each
 * debugging its own copy of {@code Stops}, and take their stops in turn. The target writes
 * {@link System#nanoTime()} into a memory-mapped file just before it reaches the breakpoint (on Linux
 * the clock is the machine's, the same in every process), so the event's time costs the target no
 * output and the session nothing; each client stamps when its display is handed the
 * {@code Breakpoint 0 hit} text, and then the stopped prompt, on its event loop. The host's console
 * types {@code g} once every client has the prompt.
 * Targets: p99 to the last of 8 under 20 ms, and at most 1.5x the latency with one client.
 * Arguments: stops per host (200), warm-up stops (30), clients on the larger host (8).
 */
public final class StopFanoutBench {
    private static final String STOPS = String.join("\n",
            "public class Stops {",
            "    static long stop(long at) {",
            "        return at + 1;",
            "    }",
            "    public static void main(String[] args) throws Exception {",
            "        java.nio.MappedByteBuffer stamp;",
            "        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(args[0], \"rw\")) {",
            "            stamp = file.getChannel().map(java.nio.channels.FileChannel.MapMode.READ_WRITE, 0, 8);",
            "        }",
            "        long sum = 0;",
            "        while (true) {",
            "            long at = System.nanoTime();",
            "            stamp.putLong(0, at);",
            "            sum += stop(at);",
            "        }",
            "    }",
            "}", "");
    /** The breakpoint: the only line of {@code stop}. */
    private static final int STOP_LINE = 3;

    private StopFanoutBench() {
    }

    /** One host, its clients' displays, and the target's stamp. */
    private record Host(DebugSession session, List<StampedDisplay> clients, MappedByteBuffer stamp) {
        /** Types {@code g}; the next stop's latency to each client's text and prompt, in ns, as {last text, last prompt}. */
        long[] stop() {
            session.type("g");
            long lastText = 0;
            long lastPrompt = 0;
            for (StampedDisplay client : clients) {
                lastText = Math.max(lastText, client.awaitText("Breakpoint 0 hit").nanoTime());
                lastPrompt = Math.max(lastPrompt, client.awaitPrompt(DebugSession.STOPPED).nanoTime());
            }
            long at = stamp.getLong(0);
            return new long[] {lastText - at, lastPrompt - at};
        }

        void forget() {
            clients.forEach(StampedDisplay::clear);
            session.host.clear();
        }
    }

    public static void main(String[] args) throws Exception {
        int stops = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int warm = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int many = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        Path dir = TargetPrograms.compile(Files.createTempDirectory("stop-bench"), true, STOPS);
        Report.header("breakpoint event to the last client's display: " + many + " tcp clients vs 1, " + stops
                + " stops each, alternating");
        double[][] manyNanos = new double[2][stops];
        double[][] oneNanos = new double[2][stops];
        try (DebugSession manyHost = new DebugSession(); DebugSession oneHost = new DebugSession()) {
            Host withMany = start(manyHost, dir, many);
            Host withOne = start(oneHost, dir, 1);
            for (int i = -warm; i < stops; i++) {
                long[] m = withMany.stop();
                long[] o = withOne.stop();
                if (i >= 0) {
                    for (int kind = 0; kind < 2; kind++) {
                        manyNanos[kind][i] = m[kind];
                        oneNanos[kind][i] = o[kind];
                    }
                }
                if (i % 50 == 49) {
                    withMany.forget();
                    withOne.forget();
                }
            }
        }
        String[] what = {"'Breakpoint 0 hit' text", "stopped prompt"};
        for (int kind = 0; kind < 2; kind++) {
            Stats m = new Stats(manyNanos[kind]);
            Stats o = new Stats(oneNanos[kind]);
            Report.line("event to the %s at the last of %d clients, ms: %s", what[kind], many, m.spread(1e6, ""));
            Report.line("event to the %s at 1 client, ms:              %s", what[kind], o.spread(1e6, ""));
            Report.line("  p99 %.3f ms (target < 20) vs %.3f ms; ratio of p99s %.2f, of medians %.2f (target <= 1.5)",
                    m.p99() / 1e6, o.p99() / 1e6, m.p99() / o.p99(), m.median() / o.median());
        }
        Report.line("load %s", Report.load());
    }

    /** Launches the target on {@code session}, joins {@code clients} clients, sets the breakpoint. */
    private static Host start(DebugSession session, Path dir, int clients) throws Exception {
        Path stampFile = Files.createTempFile(dir, "stamp", ".bin");
        MappedByteBuffer stamp = map(stampFile);
        session.create(dir, "Stops " + stampFile);
        List<StampedDisplay> displays = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            StampedDisplay display = new StampedDisplay();
            session.join("client" + i, display);
            display.awaitPrompt(DebugSession.STOPPED);
            displays.add(display);
        }
        session.type("bp Stops:" + STOP_LINE);
        return new Host(session, displays, stamp);
    }

    private static MappedByteBuffer map(Path file) throws IOException {
        try (RandomAccessFile open = new RandomAccessFile(file.toFile(), "rw")) {
            return open.getChannel().map(FileChannel.MapMode.READ_WRITE, 0, Long.BYTES);
        }
    }
}
