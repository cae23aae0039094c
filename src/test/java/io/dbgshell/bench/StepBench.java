package io.dbgshell.bench;

import io.dbgshell.config.Tunables;
import io.dbgshell.engine.StepKind;
import io.dbgshell.engine.TargetState;
import io.dbgshell.engine.jdi.JdiDebugger;
import io.dbgshell.engine.jdi.JdiEngine;
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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Issue 13's speed figure 2: {@code p} stepping through the whole product, typed at a debugging
 * host's console as a user types it, each {@code p} once the previous step's prompt is shown, and as
 * one {@code p COUNT}; against the JDK's jdb on the same class typing {@code next} once it printed
 * {@code Step completed:} for the previous one. The engine stepped through its API (no session) is
 * a reference column showing what the session adds. Each run takes the four in turn.
 * Targets: at least 1,000 lines/s and at least 2.5x jdb. Arguments: runs (3), lines per run (1000),
 * and {@code srcpath} to add a column: {@code p} typed per line with {@code .srcpath} set to the
 * program's sources, so that every stop shows its source line, taken in each run right before or
 * after the same without (alternately), and their ratio per run (what the source lines cost,
 * paired against the load).
 */
public final class StepBench {
    /** A two-line loop body to step over, forever in practice. */
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
    /** Steps taken before the clock starts, so every side steps warm code inside the loop. */
    private static final int WARM_STEPS = 20;

    private StepBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Path dir = TargetPrograms.compile(Files.createTempDirectory("step-bench"), true, STEPS);
        boolean withSources = args.length > 2 && args[2].equals("srcpath");
        Report.header("p stepping: session vs jdb next (and the engine without the session), " + runs + " runs of "
                + steps + " lines" + (withSources ? ", and session p with source lines" : ""));
        double[] jdb = new double[runs];
        double[] typed = new double[runs];
        double[] counted = new double[runs];
        double[] engine = new double[runs];
        double[] typedOfJdb = new double[runs];
        double[] countedOfJdb = new double[runs];
        double[] shown = new double[runs];
        double[] shownOfTyped = new double[runs];
        for (int run = 0; run < runs; run++) {
            jdb[run] = jdbNext(dir, steps);
            // with source lines first in odd runs, so that neither side always meets the same moment of the load
            boolean shownFirst = withSources && run % 2 == 1;
            if (shownFirst) {
                shown[run] = session(dir, Optional.of(dir.resolve("src")), steps, false);
            }
            typed[run] = session(dir, Optional.empty(), steps, false);
            if (withSources && !shownFirst) {
                shown[run] = session(dir, Optional.of(dir.resolve("src")), steps, false);
            }
            if (withSources) {
                shownOfTyped[run] = shown[run] / typed[run];
                Report.line("run %d: session p with source lines %.0f/s (%s)", run, shown[run],
                        shownFirst ? "taken first" : "taken second");
            }
            counted[run] = session(dir, Optional.empty(), steps, true);
            engine[run] = engine(dir, steps);
            typedOfJdb[run] = typed[run] / jdb[run];
            countedOfJdb[run] = counted[run] / jdb[run];
            Report.line("run %d: jdb next %.0f/s, session p %.0f/s, session p %d %.0f/s, engine alone p %.0f/s | load %s",
                    run, jdb[run], typed[run], steps, counted[run], engine[run], Report.load());
        }
        Report.line("jdb next, lines/s:             %s", new Stats(jdb).spread(1, ""));
        Report.line("session p per line, lines/s:   %s (target >= 1000)", new Stats(typed).spread(1, ""));
        Report.line("session p %d, lines/s:       %s (target >= 1000)", steps, new Stats(counted).spread(1, ""));
        Report.line("engine alone p, lines/s:       %s", new Stats(engine).spread(1, ""));
        Report.line("session p / jdb (per run):     %s (target >= 2.5)", new Stats(typedOfJdb).spread(1, ""));
        Report.line("session p %d / jdb (per run): %s (target >= 2.5)", steps, new Stats(countedOfJdb).spread(1, ""));
        if (withSources) {
            Report.line("session p with source lines:   %s", new Stats(shown).spread(1, ""));
            Report.line("with / without (per run):      %s", new Stats(shownOfTyped).spread(1, ""));
        }
    }

    /** Lines per second of {@code p} typed at a host: {@code steps} commands of one line, or one {@code p steps}. */
    private static double session(Path dir, Optional<Path> sources, int steps, boolean oneCommand) throws Exception {
        try (DebugSession host = new DebugSession()) {
            host.create(dir, "Steps");
            sources.ifPresent(src -> host.type(".srcpath " + src));
            host.type("t");
            host.host.awaitPrompt(DebugSession.STOPPED);
            host.type("p " + WARM_STEPS);
            host.host.awaitPrompt(DebugSession.STOPPED);
            long start = System.nanoTime();
            long end;
            if (oneCommand) {
                host.type("p " + steps);
                end = host.host.awaitPrompt(DebugSession.STOPPED).nanoTime();
            } else {
                end = start;
                for (int i = 0; i < steps; i++) {
                    host.type("p");
                    end = host.host.awaitPrompt(DebugSession.STOPPED).nanoTime();
                }
            }
            return steps / ((end - start) / 1e9);
        }
    }

    /** Lines per second of {@code p} as {@code steps} calls of the engine's API, as the command makes them. */
    private static double engine(Path dir, int steps) throws Exception {
        JdiEngine engine = JdiDebugger.create(Tunables.DEFAULTS).engine();
        engine.listen(new RecordingEngineListener());
        try {
            engine.create(List.of("java", "-cp", dir.toString(), "Steps"));
            await(engine.step(StepKind.INTO, 1));
            await(engine.step(StepKind.OVER, WARM_STEPS));
            long start = System.nanoTime();
            for (int i = 0; i < steps; i++) {
                await(engine.step(StepKind.OVER, 1));
            }
            return steps / ((System.nanoTime() - start) / 1e9);
        } finally {
            engine.close();
        }
    }

    private static void await(CompletionStage<TargetState> stage) throws Exception {
        stage.toCompletableFuture().get(120, TimeUnit.SECONDS);
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
            for (int i = 0; i < WARM_STEPS; i++) {
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
}
