package io.dbgshell.bench;

import io.dbgshell.client.RemoteSession;
import io.dbgshell.engine.TargetState;
import io.dbgshell.engine.jdi.RawBreakIn;
import io.dbgshell.testing.TargetPrograms;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Issue 13's speed figure 4: break-in to the prompt on a target in a tight loop, through the whole
 * product. A client joined over tcp presses Ctrl-C (the BREAK frame) while the target runs; the time
 * runs until that client's display is handed the stopped prompt (and, second figure, the
 * {@code Break-in} text before it), on its event loop. The anchor, taken in turn with each break-in
 * on a target of its own: JDI alone suspending the JVM and asking where its main thread is. Each
 * break-in comes 5-15 ms after the target was set running. Target: p99 under 200 ms.
 * Arguments: break-ins (200), warm-up break-ins (20).
 */
public final class BreakInBench {
    /** The shortest time the target runs before a break-in; up to twice this, at random. */
    private static final long RUN_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private BreakInBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int warm = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path dir = TargetPrograms.compile(Files.createTempDirectory("break-bench"), true, TargetPrograms.SPIN);
        Report.header("break-in to the prompt, tight loop: a tcp client's Ctrl-C vs JDI alone, " + count + " each");
        double[] raw = new double[count];
        double[] prompt = new double[count];
        double[] text = new double[count];
        try (RawBreakIn anchor = new RawBreakIn(dir, "Spin"); DebugSession host = new DebugSession()) {
            host.create(dir, "Spin");
            StampedDisplay display = new StampedDisplay();
            RemoteSession client = host.join("breaker", display);
            display.awaitPrompt(DebugSession.STOPPED);
            for (int i = -warm; i < count; i++) {
                // each target runs only in its own turn, so neither takes a core from the other's break-in
                anchor.run();
                runAWhile();
                long start = System.nanoTime();
                anchor.breakIn();
                long rawNanos = System.nanoTime() - start;

                client.send("g");
                display.awaitPrompt(TargetState.RUNNING_PROMPT);
                runAWhile();
                start = System.nanoTime();
                client.sendBreak();
                long said = display.awaitText("): Break-in").nanoTime();
                long shown = display.awaitPrompt(DebugSession.STOPPED).nanoTime();
                if (i >= 0) {
                    raw[i] = rawNanos;
                    text[i] = said - start;
                    prompt[i] = shown - start;
                }
                if (i % 50 == 49) {
                    display.clear();
                    host.host.clear();
                }
            }
        }
        Report.line("JDI alone, suspend and main's top frame, ms: %s", new Stats(raw).spread(1e6, ""));
        Report.line("  p99 %.3f ms", new Stats(raw).p99() / 1e6);
        Report.line("client Ctrl-C to its Break-in text, ms:      %s", new Stats(text).spread(1e6, ""));
        Report.line("  p99 %.3f ms", new Stats(text).p99() / 1e6);
        Report.line("client Ctrl-C to its stopped prompt, ms:     %s", new Stats(prompt).spread(1e6, ""));
        Report.line("  p99 %.3f ms (target < 200) | load %s", new Stats(prompt).p99() / 1e6, Report.load());
    }

    /** Lets the target run 5-15 ms, so it is inside its loop, not just leaving the last stop. */
    private static void runAWhile() {
        LockSupport.parkNanos(RUN_NANOS + ThreadLocalRandom.current().nextLong(2 * RUN_NANOS));
    }
}
