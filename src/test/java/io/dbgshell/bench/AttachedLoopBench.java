package io.dbgshell.bench;

import io.dbgshell.engine.StepKind;
import io.dbgshell.engine.TargetState;
import io.dbgshell.engine.jdi.JdiDebugger;
import io.dbgshell.engine.jdi.JdiEngine;
import io.dbgshell.engine.jdi.JdiSettings;
import io.dbgshell.testing.RecordingEngineListener;
import io.dbgshell.testing.TargetPrograms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The JDI engine's speed against its anchors, in one run on the same target programs:
 * {@code p} stepping (one command per line, and {@code p N}) against the JDK's jdb driven line by line
 * with {@code next}; break-in latency on a tight loop; a CPU-bound loop's speed with the debugger
 * attached (nothing set) against the same program undebugged.
 * Arguments: runs (default 3), steps per run (default 1000), break-ins (default 200), and which parts
 * to run (default {@code step,break,cpu}).
 */
public final class EngineBench {
    private static final String STEPS = String.join("\n",
            "public class Steps {",
            "    public static void main(String[] args) {",
            "        long s = 0;",
            "        for (int i = 0; i < 100_000_000; i++) {",
            "            s += i;",
            "            s ^= s << 1;",
            "        }",
            "        System.out.println(s);",
            "    }",
            "}", "");
    private static final String CPU = String.join("\n",
            "public class Cpu {",
            "    public static void main(String[] args) {",
            "        long s = 0;",
            "        for (int round = 0; round < 8; round++) {",
            "            long start = System.nanoTime();",
            "            for (int i = 0; i < 50_000_000; i++) {",
            "                s = s * 6364136223846793005L + i;",
            "            }",
            "            System.out.println(\"round \" + (System.nanoTime() - start) / 1000 + \" \" + (s & 1));",
            "        }",
            "    }",
            "}", "");

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int breaks = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        List<String> parts = List.of((args.length > 3 ? args[3] : "step,break,cpu").split(","));
        Path dir = Files.createTempDirectory("engine-bench");
        TargetPrograms.compile(dir, true, STEPS, CPU, TargetPrograms.SPIN);
        if (parts.contains("step")) {
            steps(dir, runs, steps);
        }
        if (parts.contains("break")) {
            breakIn(dir, breaks);
        }
        if (parts.contains("cpu")) {
            cpu(dir, runs);
        }
    }

    private static void steps(Path dir, int runs, int steps) throws Exception {
        List<Double> single = new ArrayList<>();
        List<Double> counted = new ArrayList<>();
        List<Double> jdb = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            jdb.add(jdbNext(dir, steps));
            single.add(stepRate(dir, steps, false));
            counted.add(stepRate(dir, steps, true));
            System.out.printf("run %d: jdb next %.0f/s, p %.0f/s, p %d %.0f/s%n", run, jdb.get(run), single.get(run), steps,
                    counted.get(run));
        }
        System.out.printf("step over, lines/s: jdb next %s | p one per command %s (%.2fx) | p %d %s (%.2fx)%n",
                spread(jdb), spread(single), median(single) / median(jdb), steps, spread(counted),
                median(counted) / median(jdb));
    }

    /** Lines per second of {@code p}: {@code steps} commands of one line each, or one {@code p steps}. */
    private static double stepRate(Path dir, int steps, boolean oneCommand) throws Exception {
        JdiEngine engine = JdiDebugger.create(JdiSettings.DEFAULTS).engine();
        engine.listen(new RecordingEngineListener());
        try {
            engine.create(List.of("java", "-cp", dir.toString(), "Steps"));
            await(engine.step(StepKind.INTO, 1));
            await(engine.step(StepKind.OVER, 20)); // into the loop, warm
            long start = System.nanoTime();
            if (oneCommand) {
                await(engine.step(StepKind.OVER, steps));
            } else {
                for (int i = 0; i < steps; i++) {
                    await(engine.step(StepKind.OVER, 1));
                }
            }
            return steps / ((System.nanoTime() - start) / 1e9);
        } finally {
            engine.close();
        }
    }

    /** Lines per second of jdb's {@code next}, each typed once the previous step has completed. */
    private static double jdbNext(Path dir, int steps) throws IOException {
        Path jdbPath = Path.of(System.getProperty("java.home"), "bin", "jdb");
        Process jdb = new ProcessBuilder(jdbPath.toString(), "-classpath", dir.toString(), "Steps")
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(jdb.getInputStream(), StandardCharsets.UTF_8));
            Writer in = new OutputStreamWriter(jdb.getOutputStream(), StandardCharsets.UTF_8);
            command(in, "stop in Steps.main");
            command(in, "run");
            awaitLine(out, "Breakpoint hit:");
            for (int i = 0; i < 20; i++) {
                command(in, "next");
                awaitLine(out, "Step completed:");
            }
            long start = System.nanoTime();
            for (int i = 0; i < steps; i++) {
                command(in, "next");
                awaitLine(out, "Step completed:");
            }
            double rate = steps / ((System.nanoTime() - start) / 1e9);
            command(in, "exit");
            return rate;
        } finally {
            jdb.destroyForcibly();
        }
    }

    private static void command(Writer in, String line) throws IOException {
        in.write(line + "\n");
        in.flush();
    }

    private static void awaitLine(BufferedReader out, String text) throws IOException {
        // jdb prints its prompt and the step's line without a line feed between them at times: look inside lines
        StringBuilder seen = new StringBuilder();
        for (int c = out.read(); c >= 0; c = out.read()) {
            seen.append((char) c);
            if (c == '\n') {
                if (seen.indexOf(text) >= 0) {
                    return;
                }
                seen.setLength(0);
            }
        }
        throw new IOException("jdb ended before '" + text + "'");
    }

    /** Break-in to the stop, on a tight loop: p50 and p99 over {@code count} break-ins. */
    private static void breakIn(Path dir, int count) throws Exception {
        RecordingEngineListener heard = new RecordingEngineListener();
        JdiEngine engine = JdiDebugger.create(JdiSettings.DEFAULTS).engine();
        engine.listen(heard);
        List<Double> millis = new ArrayList<>();
        try {
            engine.create(List.of("java", "-cp", dir.toString(), "Spin"));
            for (int i = 0; i < count; i++) {
                var stopped = engine.go();
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10)); // let it run into its loop
                long start = System.nanoTime();
                engine.breakIn();
                heard.awaitState(TargetState.Kind.STOPPED, java.time.Duration.ofSeconds(10));
                millis.add((System.nanoTime() - start) / 1e6);
                await(stopped);
            }
        } finally {
            engine.close();
        }
        Collections.sort(millis);
        System.out.printf("break-in to stopped, ms (%d): p50 %.2f, p90 %.2f, p99 %.2f, max %.2f%n", count,
                millis.get(count / 2), millis.get(count * 9 / 10), millis.get(count * 99 / 100), millis.get(count - 1));
    }

    /** A CPU-bound loop's median round, undebugged and attached with nothing set, alternately. */
    private static void cpu(Path dir, int runs) throws Exception {
        List<Double> plain = new ArrayList<>();
        List<Double> debugged = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            plain.add(plainRounds(dir));
            debugged.add(debuggedRounds(dir));
            System.out.printf("cpu run %d: undebugged %.1f ms/round, debugged %.1f ms/round%n", run, plain.get(run),
                    debugged.get(run));
        }
        System.out.printf("cpu loop, ms per round: undebugged %s | debugged %s | ratio %.4f%n", spread(plain),
                spread(debugged), median(debugged) / median(plain));
    }

    private static double plainRounds(Path dir) throws Exception {
        Process process = new ProcessBuilder(TargetPrograms.java(), "-cp", dir.toString(), "Cpu")
                .redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return medianRound(text);
    }

    private static double debuggedRounds(Path dir) throws Exception {
        RecordingEngineListener heard = new RecordingEngineListener();
        JdiEngine engine = JdiDebugger.create(JdiSettings.DEFAULTS).engine();
        engine.listen(heard);
        try {
            engine.create(List.of("java", "-cp", dir.toString(), "Cpu"));
            await(engine.go());
            return medianRound(heard.output.text());
        } finally {
            engine.close();
        }
    }

    /** The median of a run's rounds after the first two (warm-up), in ms. */
    private static double medianRound(String text) {
        List<Double> rounds = new ArrayList<>();
        text.lines().filter(line -> line.startsWith("round ")).skip(2)
                .forEach(line -> rounds.add(Long.parseLong(line.split(" ")[1]) / 1000.0));
        return median(rounds);
    }

    private static void await(java.util.concurrent.CompletionStage<TargetState> stage) throws Exception {
        stage.toCompletableFuture().get(120, TimeUnit.SECONDS);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String spread(List<Double> values) {
        return String.format("%.1f [%.1f..%.1f]", median(values), Collections.min(values), Collections.max(values));
    }
}
