package io.dbgshell.bench;

import io.dbgshell.engine.jdi.LogpointRates;

import java.nio.file.Files;
import java.time.Duration;

/**
 * A logpoint's hit-and-continue rate ({@code bp Spin:LINE "g"} through the engine's breakpoints and
 * a minimal event pump) against its two anchors on the same target program, taken in turn in each
 * round: a raw JDI loop that only hits and resumes, and jdb typing {@code cont} after each hit.
 * Targets: at least 70 % of raw JDI and at least 5x jdb. Arguments: rounds (5), warm-up seconds
 * (1), window seconds (3).
 */
public final class LogpointBench {
    private LogpointBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Duration warmUp = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 1);
        Duration window = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 3);
        Report.header("logpoint hit-and-continue: engine vs raw JDI vs jdb, " + rounds + " rounds of " + window.toSeconds() + " s");
        LogpointRates rates = new LogpointRates(Files.createTempDirectory("logpoint-bench"), warmUp, window);
        double[] raw = new double[rounds];
        double[] engine = new double[rounds];
        double[] jdb = new double[rounds];
        double[] ofRaw = new double[rounds];
        double[] ofJdb = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            raw[round] = rates.raw();
            engine[round] = rates.engine();
            jdb[round] = rates.jdb();
            ofRaw[round] = engine[round] / raw[round];
            ofJdb[round] = engine[round] / jdb[round];
            Report.line("round %d: raw %.0f/s, engine %.0f/s, jdb %.0f/s", round, raw[round], engine[round], jdb[round]);
        }
        Report.line("raw JDI hits/s:       %s", new Stats(raw).spread(1, ""));
        Report.line("engine logpoint hits/s: %s", new Stats(engine).spread(1, ""));
        Report.line("jdb cont hits/s:      %s", new Stats(jdb).spread(1, ""));
        Report.line("engine / raw:         %s (target >= 0.70)", new Stats(ofRaw).spread(1, ""));
        Report.line("engine / jdb:         %s (target >= 5)", new Stats(ofJdb).spread(1, ""));
    }
}
