package io.dbgshell.engine.jdi;

import com.sun.jdi.IntegerValue;
import com.sun.jdi.Location;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.StackFrame;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.event.BreakpointEvent;
import com.sun.jdi.event.ClassPrepareEvent;
import com.sun.jdi.event.Event;
import com.sun.jdi.event.EventSet;
import com.sun.jdi.event.VMStartEvent;
import com.sun.jdi.request.BreakpointRequest;
import com.sun.jdi.request.ClassPrepareRequest;
import com.sun.jdi.request.EventRequest;
import io.dbgshell.config.Tunables;
import io.dbgshell.engine.BreakpointSpec;
import io.dbgshell.engine.CodeLocation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The three ways the logpoint benchmark hits one breakpoint over and over in the same target (a
 * loop calling {@code Spin.hit}) and lets it go on: a raw JDI loop that only takes each event set
 * and resumes it, the engine's {@code bp Spin:LINE "g"} through {@link Breakpoints} and a pump as
 * small as the raw loop, and jdb typing {@code cont} after each hit; the session's way, typed at a
 * host, is {@code bench/LogpointBench}'s. Each runs a fresh target, which counts its own hits
 * ({@link #rate}) inside a window after a warm-up.
 */
public final class LogpointRates {
    /**
     * Calls {@code hit} in an endless loop, and every {@link #TICK_NANOS} prints {@code tick I T}: how
     * many hits so far and its own {@link System#nanoTime()}, so every way of driving it is counted
     * the same way, by the target (on Linux the clock is the machine's, the same in every process).
     */
    static final String SPIN = """
            public class Spin {
                static long total;

                static void hit(int i) {
                    total += i; // @hit
                }

                public static void main(String[] args) {
                    long next = System.nanoTime();
                    for (int i = 0; ; i++) {
                        hit(i);
                        long now = System.nanoTime();
                        if (now >= next) {
                            System.out.println("tick " + i + " " + now);
                            next = now + 100_000_000L;
                        }
                    }
                }
            }
            """;
    /** How often the target says how far it got; a window is measured between two of its ticks. */
    static final long TICK_NANOS = 100_000_000L;
    /** The line {@code bp} sets the logpoint on. */
    public static final int HIT = CompiledTarget.line(SPIN, "hit");
    private static final String JDB_HIT = "Breakpoint hit:";
    private static final String JDB_STOPPED_PROMPT = "main[1] ";
    /** How much of jdb's output is kept to explain a run that never hit. */
    private static final int TRANSCRIPT_CHARS = 4000;
    private static final Pattern TICK = Pattern.compile("tick (\\d+) (\\d+)");

    private final Path classes;
    private final Duration warmUp;
    private final Duration window;

    public LogpointRates(Path dir, Duration warmUp, Duration window) {
        this.classes = CompiledTarget.compile(dir.resolve("spin"), Map.of("Spin.java", SPIN));
        this.warmUp = warmUp;
        this.window = window;
    }

    /** Where the target program's classes are ({@code java -cp THIS Spin}). */
    public Path classes() {
        return classes;
    }

    /**
     * Whether the target's ticks in {@code output} span the warm-up, the window and a tick to close
     * it: a driver keeps the target going until they do. Counted on the target's clock, not the
     * driver's: a target whose debugger holds its events while it catches up (JDI does when a
     * logpoint that never stops its thread floods it) ticks late, and a fixed wall time would cut its
     * window short.
     */
    public boolean covered(List<String> output) {
        List<long[]> ticks = ticks(output);
        return !ticks.isEmpty()
                && ticks.get(ticks.size() - 1)[1] - ticks.get(0)[1] >= warmUp.plus(window).toNanos() + TICK_NANOS;
    }

    private static List<long[]> ticks(List<String> output) {
        List<long[]> ticks = new ArrayList<>();
        for (String line : output) {
            Matcher tick = TICK.matcher(line);
            while (tick.find()) {
                ticks.add(new long[] {Long.parseLong(tick.group(1)), Long.parseLong(tick.group(2))});
            }
        }
        return ticks;
    }

    /**
     * Hits per second as the target counted them: from its first tick at least the warm-up after
     * its first one, to its first tick at least the window (less a tick) after that.
     */
    public double rate(List<String> output) {
        List<long[]> ticks = ticks(output);
        if (ticks.isEmpty()) {
            throw new IllegalStateException("the target never said how far it got: " + output);
        }
        long[] from = ticks.stream().filter(t -> t[1] >= ticks.get(0)[1] + warmUp.toNanos()).findFirst()
                .orElseThrow(() -> new IllegalStateException("the target stopped before the warm-up was over"));
        // the first tick that closes the window: a target held by its debugger may not tick for a
        // while, and the tick after such a gap still counts its hits over its own time
        long[] to = from;
        for (long[] tick : ticks) {
            to = tick;
            if (tick[1] >= from[1] + window.toNanos() - TICK_NANOS) {
                break;
            }
        }
        if (to[1] - from[1] < window.toNanos() - 2 * TICK_NANOS) {
            throw new IllegalStateException("the target's ticks cover " + (to[1] - from[1]) / 1_000_000 + " ms, not the window");
        }
        return (to[0] - from[0]) / ((to[1] - from[1]) / 1e9);
    }

    /** Hits per second of a loop that only takes each event set and resumes it. */
    public double raw() throws Exception {
        return raw(event -> false);
    }

    /**
     * Hits per second of a loop that takes each event set, reads {@code hit}'s argument {@code i}
     * from the hit's frame 0 as a debugger checking {@code i < 0} would, and resumes it: the anchor
     * of a false {@code /w} condition.
     */
    public double rawReading() throws Exception {
        return raw(event -> {
            StackFrame frame = event.thread().frame(0);
            return ((IntegerValue) frame.getValue(frame.visibleVariableByName("i"))).value() < 0;
        });
    }

    /** What a raw loop does with each hit before resuming it; true would be a stop, which the benchmarks never meet. */
    private interface HitCheck {
        boolean stops(BreakpointEvent event) throws Exception;
    }

    private double raw(HitCheck check) throws Exception {
        try (CompiledTarget target = CompiledTarget.launch(classes, "Spin")) {
            VirtualMachine vm = target.vm;
            ClassPrepareRequest prepare = vm.eventRequestManager().createClassPrepareRequest();
            prepare.addClassFilter("Spin");
            prepare.enable();
            pump(vm, target.output, set -> {
                for (Event event : set) {
                    if (event instanceof ClassPrepareEvent prepared) {
                        breakAt(vm, prepared.referenceType());
                    } else if (event instanceof BreakpointEvent hit && check.stops(hit)) {
                        throw new IllegalStateException("the raw loop's check was meant to be false");
                    }
                }
                return true;
            });
            return rate(target.output);
        }
    }

    /** Hits per second of {@code bp Spin:LINE "g"} decided by {@link Breakpoints}, without the session. */
    public double engine() throws Exception {
        return engine(new BreakpointSpec(CodeLocation.parse("Spin:" + HIT), false, 1, Optional.of("g")));
    }

    /** Hits per second of the breakpoint {@code spec} (one that never stops) decided by {@link Breakpoints}, without the session. */
    public double engine(BreakpointSpec spec) throws Exception {
        Breakpoints breakpoints = new Breakpoints(Tunables.DEFAULTS);
        breakpoints.set(spec, true);
        try (CompiledTarget target = CompiledTarget.launch(classes, "Spin")) {
            VirtualMachine vm = target.vm;
            EventRules.EventContext context = new OneThreadContext(target.pid());
            pump(vm, target.output, set -> {
                boolean resume = true;
                for (Event event : set) {
                    if (event instanceof VMStartEvent) {
                        breakpoints.attached(vm, context);
                    } else {
                        resume &= !breakpoints.decide(event).stop();
                    }
                }
                return resume;
            });
            return rate(target.output);
        }
    }

    /** Hits per second of jdb attached to the target, typing {@code cont} after each hit. */
    public double jdb() throws Exception {
        try (CompiledTarget target = CompiledTarget.launchWithoutDebugger(classes, "Spin")) {
            Process jdb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jdb").toString(),
                    "-attach", "127.0.0.1:" + target.port).redirectErrorStream(true).start();
            try {
                OutputStream in = jdb.getOutputStream();
                type(in, "stop at Spin:" + HIT);
                type(in, "resume");
                CompletableFuture<Void> firstHit = new CompletableFuture<>();
                StringBuilder transcript = new StringBuilder();
                Thread reader = new Thread(() -> readHits(jdb.getInputStream(), in, firstHit, transcript), "jdb-output");
                reader.setDaemon(true);
                reader.start();
                try {
                    firstHit.get(CompiledTarget.START_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    synchronized (transcript) {
                        throw new IOException("jdb never hit the breakpoint:\n" + transcript, e);
                    }
                }
                // jdb drives the target meanwhile; the target's ticks say how far it got
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CompiledTarget.START_SECONDS);
                while (!covered(target.output) && System.nanoTime() < deadline) {
                    reader.join(TimeUnit.NANOSECONDS.toMillis(TICK_NANOS));
                }
                return rate(target.output);
            } finally {
                jdb.destroyForcibly();
                jdb.waitFor(CompiledTarget.START_SECONDS, TimeUnit.SECONDS);
            }
        }
    }

    /** Answers each of jdb's hits with {@code cont}; completes {@code firstHit} at the first. */
    private static void readHits(InputStream out, OutputStream in, CompletableFuture<Void> firstHit, StringBuilder transcript) {
        try {
            int matched = 0;
            boolean hit = false;
            for (int c = out.read(); c >= 0; c = out.read()) {
                synchronized (transcript) {
                    if (transcript.length() < TRANSCRIPT_CHARS) {
                        transcript.append((char) c);
                    }
                }
                // after a hit, jdb takes "cont" only once its prompt shows the stopped thread
                String expected = hit ? JDB_STOPPED_PROMPT : JDB_HIT;
                matched = c == expected.charAt(matched) ? matched + 1 : (c == expected.charAt(0) ? 1 : 0);
                if (matched == expected.length()) {
                    matched = 0;
                    if (hit) {
                        type(in, "cont");
                    } else {
                        firstHit.complete(null);
                    }
                    hit = !hit;
                }
            }
        } catch (IOException e) {
            // jdb was ended
        }
    }

    private static void type(OutputStream in, String line) throws IOException {
        in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    private static void breakAt(VirtualMachine vm, ReferenceType type) {
        try {
            List<Location> locations = type.locationsOfLine(HIT);
            BreakpointRequest request = vm.eventRequestManager().createBreakpointRequest(locations.get(0));
            request.setSuspendPolicy(EventRequest.SUSPEND_EVENT_THREAD);
            request.enable();
        } catch (com.sun.jdi.AbsentInformationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What one pump does with an event set: true to resume it. */
    private interface SetHandler {
        boolean handle(EventSet set) throws Exception;
    }

    /** Takes event sets, handing each to {@code handler}, from the first breakpoint hit until the target's {@code output} is {@link #covered}. */
    private void pump(VirtualMachine vm, List<String> output, SetHandler handler) throws Exception {
        long start = System.nanoTime();
        long hitAt = 0;
        long nextLook = 0;
        while (true) {
            long now = System.nanoTime();
            if (hitAt != 0 && now >= nextLook) {
                if (covered(output)) {
                    return;
                }
                if (now - hitAt > TimeUnit.SECONDS.toNanos(CompiledTarget.START_SECONDS)) {
                    throw new IOException("the target's ticks never covered the window: " + output);
                }
                nextLook = now + TICK_NANOS;
            }
            // once hits come, without a time-out: JDI starts a thread for every remove(timeout) that has to wait
            EventSet set = hitAt == 0 ? vm.eventQueue().remove(1000) : vm.eventQueue().remove();
            if (set == null) {
                if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(CompiledTarget.START_SECONDS)) {
                    throw new IOException("the target never hit the breakpoint");
                }
                continue;
            }
            if (hitAt == 0 && set.stream().anyMatch(com.sun.jdi.event.BreakpointEvent.class::isInstance)) {
                hitAt = System.nanoTime();
            }
            if (handler.handle(set)) {
                set.resume();
            }
        }
    }
}
