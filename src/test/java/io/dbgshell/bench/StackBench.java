package io.dbgshell.bench;

import io.dbgshell.engine.ThreadView.StackStyle;
import io.dbgshell.engine.ThreadView.ThreadChoice;
import io.dbgshell.testing.TargetJvm;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Issue 14's speed target for {@code k}: a 1,000-frame stack in under 100 ms. The target's main
 * thread recurses 1,000 calls deep (two arguments each) and sleeps; {@code k 10000} and
 * {@code kp 10000} are typed at the host's console of a session debugging it and timed until the
 * host was shown the last frame; beside them, in turn, the engine's {@code stack} alone. The target
 * runs and is broken into again before each sample, so no JDI cache of frames helps.
 * Arguments: samples (default 20).
 */
public final class StackBench {
    private static final String DEEP = """
            public class Deep {
                static void down(int depth, String name) throws InterruptedException {
                    if (depth > 1) {
                        down(depth - 1, name);
                    } else {
                        System.out.println("ready");
                        Thread.sleep(600_000);
                    }
                }

                public static void main(String[] args) throws Exception {
                    down(1000, "deep");
                }
            }
            """;

    private StackBench() {
    }

    public static void main(String[] args) throws Exception {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path classes = TargetJvm.program(Files.createTempDirectory("stack-bench")).source(DEEP).compile();
        Report.header("k and kp of a 1,000-frame stack: typed at the host vs the engine alone, in turn");
        long[] typed = new long[samples];
        long[] typedArguments = new long[samples];
        long[] engine = new long[samples];
        int frames = 0;
        try (DebugSession session = new DebugSession()) {
            session.create(classes, "Deep");
            session.runUntilReadyAndBreakIn();
            for (int run = -3; run < samples; run++) {
                session.againStopped();
                long typedNanos = session.timed("k 10000");
                session.againStopped();
                long argumentsNanos = session.timed("kp 10000");
                session.againStopped();
                long start = System.nanoTime();
                frames = session.debugger.threads().stack(ThreadChoice.CURRENT, StackStyle.CALLS, 10_000).size() - 1;
                long engineNanos = System.nanoTime() - start;
                if (run >= 0) {
                    typed[run] = typedNanos;
                    typedArguments[run] = argumentsNanos;
                    engine[run] = engineNanos;
                }
                session.host.clear();
            }
        }
        Report.line("k of %d frames, typed at the host:  %s", frames, Stats.of(typed).spread(1e6, " ms"));
        Report.line("kp of %d frames, typed at the host: %s", frames, Stats.of(typedArguments).spread(1e6, " ms"));
        Report.line("k of %d frames, the engine alone:   %s", frames, Stats.of(engine).spread(1e6, " ms"));
    }
}
