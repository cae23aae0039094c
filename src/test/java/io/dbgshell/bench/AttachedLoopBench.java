package io.dbgshell.bench;

import io.dbgshell.config.Tunables;
import io.dbgshell.engine.TargetState;
import io.dbgshell.engine.jdi.JdiDebugger;
import io.dbgshell.engine.jdi.JdiEngine;
import io.dbgshell.testing.RecordingEngineListener;
import io.dbgshell.testing.TargetPrograms;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Issue 13's speed figure 5: a CPU-bound loop's speed in a JVM launched under the engine with nothing
 * set ({@code g}), against the same program undebugged, taken alternately run by run on the same
 * program. The loop times its own rounds. Target: within 2 %. Arguments: runs (3).
 */
public final class AttachedLoopBench {
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

    private AttachedLoopBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path dir = TargetPrograms.compile(Files.createTempDirectory("attached-loop-bench"), true, CPU);
        Report.header("CPU loop attached with nothing set vs undebugged, " + runs + " runs");
        cpu(dir, runs);
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
        System.out.printf("cpu loop, ms per round: undebugged %s | debugged %s | ratio %.4f | load %s%n", spread(plain),
                spread(debugged), median(debugged) / median(plain), Report.load());
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
        JdiEngine engine = JdiDebugger.create(Tunables.DEFAULTS).engine();
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
