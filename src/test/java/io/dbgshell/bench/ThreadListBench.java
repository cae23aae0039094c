package io.dbgshell.bench;

import io.dbgshell.engine.ThreadView.ThreadChoice;
import io.dbgshell.testing.TargetJvm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Issue 14's speed target for {@code ~}: every thread of a target with 1,000 parked threads, in
 * under 200 ms. The figure is the whole product's: {@code ~} typed at the host's console of a
 * session debugging the target, timed until the host was shown the last line. Beside it, taken in
 * turn, the engine's {@code threads(ALL)} alone (the same lines without the session). The target
 * runs and is broken into again before each sample, so no JDI cache from the one before helps.
 * With the engine's samples, the CPU time both processes spent in them (this JVM's, the target's
 * JDWP agent's), which a loaded machine disturbs less than the wall time; and the first {@code ~},
 * which also numbers every thread (each new to the engine).
 * Arguments: samples (default 20).
 */
public final class ThreadListBench {
    static final String CROWD = """
            public class Crowd {
                public static void main(String[] args) throws Exception {
                    for (int i = 0; i < 1000; i++) {
                        Thread parked = new Thread(java.util.concurrent.locks.LockSupport::park, "parked-" + i);
                        parked.setDaemon(true);
                        parked.start();
                    }
                    System.out.println("ready");
                    Thread.sleep(600_000);
                }
            }
            """;

    private ThreadListBench() {
    }

    public static void main(String[] args) throws Exception {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path classes = TargetJvm.program(Files.createTempDirectory("thread-bench")).source(CROWD).compile();
        Report.header("~ of 1,000 threads: typed at the host vs the engine alone, in turn");
        long[] typed = new long[samples];
        long[] engine = new long[samples];
        long[] ourCpu = new long[samples];
        long[] targetCpu = new long[samples];
        long first = 0;
        int threads = 0;
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        try (DebugSession session = new DebugSession()) {
            session.create(classes, "Crowd");
            session.runUntilReadyAndBreakIn();
            ProcessHandle target = ProcessHandle.current().children().findFirst().orElseThrow();
            for (int run = -3; run < samples; run++) {
                session.againStopped();
                long typedNanos = session.timed("~");
                if (run == -3) {
                    first = typedNanos;
                }
                session.againStopped();
                long ourStart = os.getProcessCpuTime();
                long targetStart = cpuNanos(target);
                long start = System.nanoTime();
                List<String> lines = session.debugger.threads().threads(ThreadChoice.ALL);
                long engineNanos = System.nanoTime() - start;
                if (run >= 0) {
                    typed[run] = typedNanos;
                    engine[run] = engineNanos;
                    ourCpu[run] = os.getProcessCpuTime() - ourStart;
                    targetCpu[run] = cpuNanos(target) - targetStart;
                }
                threads = lines.size();
                session.host.clear();
            }
        }
        Report.line("first ~, every thread new to the engine and nothing warm: %.1f ms", first / 1e6);
        Report.line("~ of %d threads, typed at the host: %s", threads, Stats.of(typed).spread(1e6, " ms"));
        Report.line("~ of %d threads, the engine alone:  %s", threads, Stats.of(engine).spread(1e6, " ms"));
        Report.line("  CPU in those, dbgshell's JVM:     %s", Stats.of(ourCpu).spread(1e6, " ms"));
        Report.line("  CPU in those, the target's JVM:   %s", Stats.of(targetCpu).spread(1e6, " ms"));
    }

    private static long cpuNanos(ProcessHandle process) {
        return process.info().totalCpuDuration().orElseThrow().toNanos();
    }
}
