package io.dbgshell.bench;

import com.sun.jdi.Value;
import io.dbgshell.config.Tunables;
import io.dbgshell.engine.BreakpointSpec;
import io.dbgshell.engine.CodeLocation;
import io.dbgshell.engine.jdi.JdiDebugger;
import io.dbgshell.engine.jdi.render.DxArguments;
import io.dbgshell.engine.jdi.render.ValueRenderer;
import io.dbgshell.testing.TargetJvm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Issue 14's figure: {@code dx -r1} of a 100,000-element ArrayList shows its first page in under
 * 100 ms. A real target JVM stopped at a breakpoint over loopback JDWP; each sample renders the
 * first page (100 boxed Integers, each read from the target) and, for comparison, the last page;
 * then the same first page through the command's path ({@code FrameView.display}, what {@code dx}
 * calls: parsing, the engine's lock, evaluating {@code list} in the selected frame, rendering) in an
 * engine of its own, stopped at the same line by a breakpoint.
 * Usage: {@code bench/run.sh DxBench [SAMPLES] [SIZE]}.
 */
public final class DxBench {
    private static final String TARGET = """
            import java.util.*;
            public class Big {
                public static void main(String[] args) {
                    List<Integer> list = new ArrayList<>();
                    for (int i = 0; i < Integer.parseInt(args.length > 0 ? args[0] : "SIZE"); i++) { list.add(i); }
                    System.out.println(list.size()); // STOP
                }
            }
            """;

    private DxBench() {
    }

    public static void main(String[] args) throws Exception {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path dir = Files.createTempDirectory("dxbench");
        Report.header("dx -r1 of a " + size + "-element ArrayList, first page and last page");
        try (TargetJvm target = TargetJvm.program(dir).source(TARGET.replace("SIZE", Integer.toString(size)))
                .launchToMarker("Big", "// STOP").start()) {
            ValueRenderer renderer = new ValueRenderer(Tunables.DEFAULTS);
            DxArguments first = renderer.arguments("-r1 list");
            DxArguments last = renderer.arguments("-r1 list," + (size - 100));
            long[] firstNanos = new long[samples];
            long[] lastNanos = new long[samples];
            int lines = 0;
            for (int i = 0; i < samples; i++) {
                firstNanos[i] = time(target, renderer, first);
                lastNanos[i] = time(target, renderer, last);
                lines = render(target, renderer, first).size();
            }
            Report.line("first page (%d lines): %s over %d samples", lines, Stats.of(firstNanos).spread(1e6, " ms"), samples);
            Report.line("last page:             %s", Stats.of(lastNanos).spread(1e6, " ms"));
        }
        command(dir, samples);
    }

    /** {@code dx -r1 list} as the command runs it, in a {@link JdiDebugger} stopped at the breakpoint. */
    private static void command(Path dir, int samples) throws Exception {
        JdiDebugger debugger = JdiDebugger.create(Tunables.DEFAULTS);
        try {
            debugger.engine().create(List.of(TargetJvm.java(), "-cp", dir.toString(), "Big"));
            debugger.breakpoints().set(new BreakpointSpec(CodeLocation.parse("Big:" + TargetJvm.lineOf(TARGET, "// STOP")),
                    false, 1, Optional.empty()), false);
            debugger.engine().go().toCompletableFuture().get(TargetJvm.START.toSeconds(), TimeUnit.SECONDS);
            long[] nanos = new long[samples];
            int lines = 0;
            for (int i = 0; i < samples; i++) {
                long start = System.nanoTime();
                lines = debugger.frames().display("-r1 list", true).size();
                nanos[i] = System.nanoTime() - start;
            }
            Report.line("dx -r1 list through FrameView.display (%d lines): %s", lines, Stats.of(nanos).spread(1e6, " ms"));
        } finally {
            debugger.engine().close();
        }
    }

    private static long time(TargetJvm target, ValueRenderer renderer, DxArguments arguments) throws Exception {
        long start = System.nanoTime();
        render(target, renderer, arguments);
        return System.nanoTime() - start;
    }

    /** Fetches the local as the command will (from the selected frame), then renders it. */
    private static List<String> render(TargetJvm target, ValueRenderer renderer, DxArguments arguments) throws Exception {
        Value list = target.local("list");
        return renderer.render(arguments, list, "java.util.List");
    }
}
