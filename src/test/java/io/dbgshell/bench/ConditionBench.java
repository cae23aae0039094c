package io.dbgshell.bench;

import io.dbgshell.engine.BreakpointSpec;
import io.dbgshell.engine.CodeLocation;
import io.dbgshell.engine.expr.Expression;
import io.dbgshell.engine.jdi.LogpointRates;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;

/**
 * Issue 14's speed figure 1: a breakpoint whose {@code /w} condition on a local is always false,
 * typed at a debugging host as a user types it ({@code bp /w "i < 0" Spin:LINE}, {@code g}), against
 * a raw JDI loop that hits the same line, reads that local ({@code i}) from frame 0 and resumes,
 * taken in turn in each round on the same target program. The engine's breakpoints driven by a bare
 * event pump (no session) are a third column. Every figure is the target's own count of hits per
 * second ({@link LogpointRates#rate}). Target: the session at least 80 % of raw JDI. Arguments:
 * rounds (5), warm-up seconds (1), window seconds (3).
 */
public final class ConditionBench {
    private static final String CONDITION = "i < 0";

    private ConditionBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Duration warmUp = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 1);
        Duration window = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 3);
        Report.header("false /w condition on a local: session vs raw JDI hit+read+resume (and the engine without the session), "
                + rounds + " rounds of " + window.toSeconds() + " s");
        LogpointRates rates = new LogpointRates(Files.createTempDirectory("condition-bench"), warmUp, window);
        BreakpointSpec spec = new BreakpointSpec(CodeLocation.parse("Spin:" + LogpointRates.HIT), false, 1,
                Optional.empty(), Optional.of(Expression.parse(CONDITION)));
        double[] raw = new double[rounds];
        double[] session = new double[rounds];
        double[] engine = new double[rounds];
        double[] ofRaw = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            raw[round] = rates.rawReading();
            session[round] = LogpointBench.session(rates, "bp /w \"" + CONDITION + "\" Spin:" + LogpointRates.HIT);
            engine[round] = rates.engine(spec);
            ofRaw[round] = session[round] / raw[round];
            Report.line("round %d: raw %.0f/s, session %.0f/s, engine alone %.0f/s | load %s", round,
                    raw[round], session[round], engine[round], Report.load());
        }
        Report.line("raw JDI hit+read+resume hits/s: %s", new Stats(raw).spread(1, ""));
        Report.line("session /w false hits/s:        %s", new Stats(session).spread(1, ""));
        Report.line("engine alone hits/s:            %s", new Stats(engine).spread(1, ""));
        Report.line("session / raw:                  %s (target >= 0.80)", new Stats(ofRaw).spread(1, ""));
    }
}
