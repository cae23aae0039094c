package io.dbgshell.engine.jdi;

import com.sun.jdi.Location;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.event.ClassPrepareEvent;
import com.sun.jdi.event.Event;
import com.sun.jdi.event.EventSet;
import com.sun.jdi.event.VMStartEvent;
import com.sun.jdi.request.BreakpointRequest;
import com.sun.jdi.request.ClassPrepareRequest;
import com.sun.jdi.request.EventRequest;
import io.dbgshell.engine.BreakpointSpec;
import io.dbgshell.engine.CodeLocation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The three ways the logpoint benchmark hits one breakpoint over and over in the same target (a
 * loop calling {@code Spin.hit}) and lets it go on: a raw JDI loop that only takes each event set
 * and resumes it, the engine's {@code bp Spin:LINE "g"} through {@link Breakpoints} and a pump as
 * small as the raw loop, and jdb typing {@code cont} after each hit. Each counts the hits inside a
 * window after a warm-up, in a fresh target.
 */
public final class LogpointRates {
    static final String SPIN = """
            public class Spin {
                static long total;

                static void hit(int i) {
                    total += i; // @hit
                }

                public static void main(String[] args) {
                    for (int i = 0; ; i++) {
                        hit(i);
                    }
                }
            }
            """;
    static final int HIT = CompiledTarget.line(SPIN, "hit");
    private static final String JDB_HIT = "Breakpoint hit:";
    private static final String JDB_STOPPED_PROMPT = "main[1] ";
    /** How much of jdb's output is kept to explain a run that never hit. */
    private static final int TRANSCRIPT_CHARS = 4000;

    private final Path classes;
    private final Duration warmUp;
    private final Duration window;

    public LogpointRates(Path dir, Duration warmUp, Duration window) {
        this.classes = CompiledTarget.compile(dir.resolve("spin"), Map.of("Spin.java", SPIN));
        this.warmUp = warmUp;
        this.window = window;
    }

    /** Hits per second of a loop that only takes each event set and resumes it. */
    public double raw() throws Exception {
        try (CompiledTarget target = CompiledTarget.launch(classes, "Spin")) {
            VirtualMachine vm = target.vm;
            ClassPrepareRequest prepare = vm.eventRequestManager().createClassPrepareRequest();
            prepare.addClassFilter("Spin");
            prepare.enable();
            return count(vm, set -> {
                for (Event event : set) {
                    if (event instanceof ClassPrepareEvent prepared) {
                        breakAt(vm, prepared.referenceType());
                    }
                }
                return true;
            });
        }
    }

    /** Hits per second of {@code bp Spin:LINE "g"} decided by {@link Breakpoints}. */
    public double engine() throws Exception {
        Breakpoints breakpoints = new Breakpoints();
        breakpoints.set(new BreakpointSpec(CodeLocation.parse("Spin:" + HIT), false, 1, Optional.of("g")), true);
        try (CompiledTarget target = CompiledTarget.launch(classes, "Spin")) {
            VirtualMachine vm = target.vm;
            EventRules.EventContext context = new EventRules.EventContext() {
                @Override
                public long pid() {
                    return target.pid();
                }

                @Override
                public int threadNumber(com.sun.jdi.ThreadReference thread) {
                    return 0;
                }
            };
            return count(vm, set -> {
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
                BlockingQueue<Long> hitTimes = new LinkedBlockingQueue<>();
                StringBuilder transcript = new StringBuilder();
                Thread reader = new Thread(() -> readHits(jdb.getInputStream(), in, hitTimes, transcript), "jdb-output");
                reader.setDaemon(true);
                long from = System.nanoTime() + warmUp.toNanos();
                long until = from + window.toNanos();
                reader.start();
                long hits = 0;
                for (Long at = hitTimes.poll(CompiledTarget.START_SECONDS, TimeUnit.SECONDS); at != null && at < until;
                        at = hitTimes.poll(CompiledTarget.START_SECONDS, TimeUnit.SECONDS)) {
                    if (at >= from) {
                        hits++;
                    }
                }
                if (hits == 0) {
                    synchronized (transcript) {
                        throw new IOException("jdb never hit the breakpoint:\n" + transcript);
                    }
                }
                return hits / (window.toNanos() / 1e9);
            } finally {
                jdb.destroyForcibly();
                jdb.waitFor(CompiledTarget.START_SECONDS, TimeUnit.SECONDS);
            }
        }
    }

    /** Answers each of jdb's hits with {@code cont} and notes when it came. */
    private static void readHits(InputStream out, OutputStream in, BlockingQueue<Long> hitTimes, StringBuilder transcript) {
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
                        hitTimes.add(System.nanoTime());
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

    /** Takes event sets, handing each to {@code handler}, and counts breakpoint sets inside the window. */
    private double count(VirtualMachine vm, SetHandler handler) throws Exception {
        long from = System.nanoTime() + warmUp.toNanos();
        long until = from + window.toNanos();
        long hits = 0;
        while (true) {
            EventSet set = vm.eventQueue().remove(1000);
            long now = System.nanoTime();
            if (now >= until) {
                return hits / (window.toNanos() / 1e9);
            }
            if (set == null) {
                continue;
            }
            if (now >= from && set.stream().anyMatch(com.sun.jdi.event.BreakpointEvent.class::isInstance)) {
                hits++;
            }
            if (handler.handle(set)) {
                set.resume();
            }
        }
    }
}
