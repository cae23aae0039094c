package io.dbgshell.bench;

import com.sun.jdi.IntegerValue;
import com.sun.jdi.Location;
import com.sun.jdi.StackFrame;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.event.BreakpointEvent;
import com.sun.jdi.event.Event;
import com.sun.jdi.event.EventSet;
import com.sun.jdi.request.BreakpointRequest;
import com.sun.jdi.request.EventRequest;
import io.dbgshell.engine.expr.Expression;
import io.dbgshell.engine.jdi.expr.EvalPolicy;
import io.dbgshell.engine.jdi.expr.Evaluator;
import io.dbgshell.engine.jdi.expr.EventRequestsPause;
import io.dbgshell.testing.TargetJvm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Issue 14's first speed figure, for the evaluator alone: a breakpoint hit whose false condition on
 * a local is evaluated by the debugger, then resumed, against a raw JDI loop that hits, reads that
 * local with JDI and resumes. Rounds alternate between the two in one target.
 * Arguments: rounds (default 5), hits per round (default 2000).
 */
public final class ConditionBench {
    private static final String LOOP = """
            public class Loop {
                public static void main(String[] args) {
                    long sum = 0;
                    for (int i = 0; ; i++) {
                        sum += work(i);
                    }
                }

                static int work(int i) {
                    int local = i % 7;
                    return local; // STOP
                }
            }
            """;

    private ConditionBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int hits = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        Path dir = Files.createTempDirectory("condition-bench");
        try (TargetJvm target = TargetJvm.program(dir).source("Loop.java", LOOP)
                .launchToMarker("Loop", "// STOP").start()) {
            Location at = target.thread.frame(0).location();
            BreakpointRequest request = target.vm.eventRequestManager().createBreakpointRequest(at);
            request.setSuspendPolicy(EventRequest.SUSPEND_EVENT_THREAD);
            request.enable();
            Evaluator evaluator = new Evaluator(new EventRequestsPause(target.vm.eventRequestManager()));
            Expression condition = Expression.parse("local > 100");
            target.vm.resume();
            double[] raw = new double[rounds];
            double[] evaluated = new double[rounds];
            run(target, hits, ConditionBench::rawRead);
            for (int round = 0; round < rounds; round++) {
                raw[round] = run(target, hits, ConditionBench::rawRead);
                evaluated[round] = run(target, hits,
                        thread -> evaluator.test(condition, thread, 0, EvalPolicy.READ_ONLY));
            }
            Stats rawStats = new Stats(raw);
            Stats evalStats = new Stats(evaluated);
            System.out.printf("raw JDI: hit, read local, resume  %s%n", rawStats.spread(1, " hits/s"));
            System.out.printf("evaluator: hit, 'local > 100'     %s%n", evalStats.spread(1, " hits/s"));
            System.out.printf("ratio of medians: %.1f %%%n", 100 * evalStats.median() / rawStats.median());
        }
    }

    private interface Check {
        boolean test(ThreadReference thread) throws Exception;
    }

    private static boolean rawRead(ThreadReference thread) throws Exception {
        StackFrame frame = thread.frame(0);
        return ((IntegerValue) frame.getValue(frame.visibleVariableByName("local"))).value() > 100;
    }

    /** Hits per second over {@code hits} breakpoint hits, each checked by {@code check}, then resumed. */
    private static double run(TargetJvm target, int hits, Check check) throws Exception {
        long start = System.nanoTime();
        int seen = 0;
        while (seen < hits) {
            EventSet events = target.vm.eventQueue().remove();
            for (Event event : events) {
                if (event instanceof BreakpointEvent hit && check.test(hit.thread())) {
                    throw new AssertionError("the condition was meant to be false");
                }
            }
            seen++;
            events.resume();
        }
        return hits / ((System.nanoTime() - start) / 1e9);
    }
}
