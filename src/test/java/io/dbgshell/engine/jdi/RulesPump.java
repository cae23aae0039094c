package io.dbgshell.engine.jdi;

import com.sun.jdi.ThreadReference;
import com.sun.jdi.VMDisconnectedException;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.event.BreakpointEvent;
import com.sun.jdi.event.Event;
import com.sun.jdi.event.EventSet;
import com.sun.jdi.event.VMDeathEvent;
import com.sun.jdi.event.VMDisconnectEvent;
import com.sun.jdi.event.VMStartEvent;
import com.sun.jdi.event.WatchpointEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The smallest stand-in for the engine's core: one thread takes each event set, asks the rules
 * what each event means, resumes the set unless one says stop, and hands stops and announcements
 * to the test. The VM start is the first stop, so a test can set breakpoints before main runs.
 */
final class RulesPump implements EventRules.EventContext {
    static final long WAIT_SECONDS = 30;

    /** A stopped target: the verdicts of its event set; {@link #resume()} lets it go on. */
    record Stop(EventSet set, List<EventRules.Verdict> verdicts, List<Event> events) {
        void resume() {
            set.resume();
        }

        String announcement() {
            return verdicts.stream().map(EventRules.Verdict::announcement).reduce("", String::concat);
        }
    }

    private final VirtualMachine vm;
    private final EventRules rules;
    private final long pid;
    private final Map<ThreadReference, Integer> threads = new ConcurrentHashMap<>();
    private final BlockingQueue<Stop> stops = new LinkedBlockingQueue<>();
    /** Every announcement, stops or not, in order. */
    final BlockingQueue<String> announcements = new LinkedBlockingQueue<>();
    /** Breakpoint and watchpoint events taken, stopping or not. */
    final AtomicInteger breakpointEvents = new AtomicInteger();
    final CountDownLatch ended = new CountDownLatch(1);

    RulesPump(CompiledTarget target, EventRules rules) {
        this.vm = target.vm;
        this.rules = rules;
        this.pid = target.pid();
        Thread thread = new Thread(this::run, "rules-pump");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public long pid() {
        return pid;
    }

    @Override
    public int threadNumber(ThreadReference thread) {
        return threads.computeIfAbsent(thread, key -> threads.size());
    }

    Stop nextStop() throws InterruptedException {
        Stop stop = stops.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        if (stop == null) {
            throw new AssertionError("the target did not stop within " + WAIT_SECONDS + " s");
        }
        return stop;
    }

    /** Waits for the target to end, failing on any stop meanwhile. */
    void awaitEnd() throws InterruptedException {
        if (!ended.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError("the target did not end; stops: " + stops);
        }
    }

    boolean stopped() {
        return !stops.isEmpty();
    }

    private void run() {
        try {
            while (true) {
                EventSet set = vm.eventQueue().remove();
                List<EventRules.Verdict> verdicts = new ArrayList<>();
                boolean stop = false;
                for (Event event : set) {
                    if (event instanceof VMStartEvent) {
                        rules.attached(vm, this);
                        stop = true;
                    } else if (event instanceof VMDeathEvent) {
                        ended.countDown();
                    } else if (event instanceof VMDisconnectEvent) {
                        rules.detached();
                        ended.countDown();
                        return;
                    } else {
                        if (event instanceof BreakpointEvent || event instanceof WatchpointEvent) {
                            breakpointEvents.incrementAndGet();
                        }
                        EventRules.Verdict verdict = rules.decide(event);
                        if (!verdict.announcement().isEmpty()) {
                            announcements.add(verdict.announcement());
                        }
                        verdicts.add(verdict);
                        stop |= verdict.stop();
                    }
                }
                if (stop) {
                    stops.add(new Stop(set, verdicts, List.copyOf(set)));
                } else {
                    set.resume();
                }
            }
        } catch (InterruptedException | VMDisconnectedException e) {
            rules.detached();
            ended.countDown();
        }
    }
}
