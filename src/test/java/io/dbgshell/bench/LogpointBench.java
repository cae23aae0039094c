package io.dbgshell.bench;

import io.dbgshell.engine.jdi.LogpointRates;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 13's speed figure 1: a logpoint's hit-and-continue rate through the whole product, typed at a
 * debugging host as a user types it ({@code .create java -cp DIR Spin}, {@code bp Spin:LINE "g"},
 * {@code g}), against its anchors on the same target program, taken in turn in each round: a raw JDI
 * loop that only hits and resumes, and jdb typing {@code cont} after each hit. The engine's
 * breakpoints driven by a bare event pump (no session) are a fourth column, to show what the session
 * adds. Every figure is the target's own count of hits per second ({@link LogpointRates#rate}).
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
        Report.header("logpoint hit-and-continue: session vs raw JDI vs jdb (and the engine without the session), "
                + rounds + " rounds of " + window.toSeconds() + " s");
        LogpointRates rates = new LogpointRates(Files.createTempDirectory("logpoint-bench"), warmUp, window);
        double[] raw = new double[rounds];
        double[] session = new double[rounds];
        double[] engine = new double[rounds];
        double[] jdb = new double[rounds];
        double[] ofRaw = new double[rounds];
        double[] ofJdb = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            raw[round] = rates.raw();
            session[round] = session(rates, "bp Spin:" + LogpointRates.HIT + " \"g\"");
            jdb[round] = rates.jdb();
            engine[round] = rates.engine();
            ofRaw[round] = session[round] / raw[round];
            ofJdb[round] = session[round] / jdb[round];
            Report.line("round %d: raw %.0f/s, session %.0f/s, jdb %.0f/s, engine alone %.0f/s | load %s", round,
                    raw[round], session[round], jdb[round], engine[round], Report.load());
        }
        Report.line("raw JDI hits/s:          %s", new Stats(raw).spread(1, ""));
        Report.line("session logpoint hits/s: %s", new Stats(session).spread(1, ""));
        Report.line("jdb cont hits/s:         %s", new Stats(jdb).spread(1, ""));
        Report.line("engine alone hits/s:     %s", new Stats(engine).spread(1, ""));
        Report.line("session / raw:           %s (target >= 0.70)", new Stats(ofRaw).spread(1, ""));
        Report.line("session / jdb:           %s (target >= 5)", new Stats(ofJdb).spread(1, ""));
    }

    /**
     * Hits per second of {@code breakpoint} (one that never stops: {@code bp Spin:LINE "g"}) typed at a
     * debugging host, as the target counted them.
     */
    static double session(LogpointRates rates, String breakpoint) throws Exception {
        try (DebugSession host = new DebugSession()) {
            host.create(rates.classes(), "Spin");
            host.type(breakpoint);
            host.type("g");
            List<String> ticks = new ArrayList<>();
            ticks.add(host.host.awaitText("tick ").text());
            long until = System.nanoTime() + rates.runFor().toNanos();
            while (System.nanoTime() < until) {
                ticks.add(host.host.awaitText("tick ").text());
            }
            return rates.rate(ticks);
        }
    }
}
