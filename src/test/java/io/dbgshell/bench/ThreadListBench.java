package io.dbgshell.bench;

import com.sun.jdi.StackFrame;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.VirtualMachine;
import io.dbgshell.engine.jdi.symbols.ThreadStates;
import io.dbgshell.testing.TargetJvm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Issue 14's speed targets for the views that need only JDI: {@code ~} of 1,000 threads (one
 * {@code allThreads()}, then {@link ThreadStates#line} for each) and reading a 1,000-frame stack
 * with one {@code frames()} call, the way {@code k} will. The target is resumed and suspended
 * again before each sample so that no JDI cache from the previous sample helps.
 * Arguments: samples (default 20).
 */
public final class ThreadListBench {
    private static final String TARGET = """
            public class Crowd {
                public static void main(String[] args) throws Exception {
                    for (int i = 0; i < 1000; i++) {
                        Thread parked = new Thread(java.util.concurrent.locks.LockSupport::park, "parked-" + i);
                        parked.setDaemon(true);
                        parked.start();
                    }
                    Thread deep = new Thread(() -> down(1000), "deep");
                    deep.setDaemon(true);
                    deep.start();
                    System.out.println("ready");
                    Thread.sleep(600_000);
                }

                static void down(int depth) {
                    if (depth > 2) {
                        down(depth - 1);
                    } else {
                        java.util.concurrent.locks.LockSupport.park();
                    }
                }
            }
            """;

    private ThreadListBench() {
    }

    public static void main(String[] args) throws Exception {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path dir = Files.createTempDirectory("thread-bench");
        Report.header("~ of 1,000 threads and a 1,000-frame stack, over JDWP on loopback");
        try (TargetJvm target = TargetJvm.program(dir).source("Crowd.java", TARGET).launch("Crowd")
                .running().ready("ready").start()) {
            VirtualMachine vm = target.vm;
            long[] list = new long[samples];
            long[] parallel = new long[samples];
            long[] stack = new long[samples];
            int threads = 0;
            int frames = 0;
            for (int run = -3; run < samples; run++) {
                vm.resume();
                vm.suspend();
                long start = System.nanoTime();
                List<ThreadReference> all = vm.allThreads();
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < all.size(); i++) {
                    text.append(ThreadStates.line(all.get(i), i, i == 0, false)).append('\n');
                }
                long listed = System.nanoTime();
                vm.resume();
                vm.suspend();
                long parallelStart = System.nanoTime();
                List<ThreadReference> again = vm.allThreads();
                text.append(ThreadStates.lines(again, again::indexOf, again.get(0), null));
                long parallelEnd = System.nanoTime();
                ThreadReference deep = all.stream().filter(t -> t.name().equals("deep")).findFirst().orElseThrow();
                vm.resume();
                vm.suspend();
                long stackStart = System.nanoTime();
                List<StackFrame> all1 = deep.frames();
                for (StackFrame frame : all1) {
                    text.append(frame.location().declaringType().name()).append('.')
                            .append(frame.location().method().name()).append(frame.location().lineNumber());
                }
                long stacked = System.nanoTime();
                if (run >= 0) {
                    list[run] = listed - start;
                    parallel[run] = parallelEnd - parallelStart;
                    stack[run] = stacked - stackStart;
                }
                threads = all.size();
                frames = all1.size();
            }
            Report.line("~ of %d threads, one at a time: %s", threads, Stats.of(list).spread(1e6, " ms"));
            Report.line("~ of %d threads, ThreadStates.lines (%d fetchers): %s", threads, ThreadStates.FETCHERS,
                    Stats.of(parallel).spread(1e6, " ms"));
            Report.line("frames() of %d frames, with names and lines: %s", frames, Stats.of(stack).spread(1e6, " ms"));
        }
    }
}
