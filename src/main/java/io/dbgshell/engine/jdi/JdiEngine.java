package io.dbgshell.engine.jdi;

import com.sun.jdi.IncompatibleThreadStateException;
import com.sun.jdi.Location;
import com.sun.jdi.ObjectCollectedException;
import com.sun.jdi.ThreadGroupReference;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.VMDisconnectedException;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.event.ClassPrepareEvent;
import com.sun.jdi.event.Event;
import com.sun.jdi.event.EventSet;
import com.sun.jdi.event.LocatableEvent;
import com.sun.jdi.event.ThreadDeathEvent;
import com.sun.jdi.event.ThreadStartEvent;
import com.sun.jdi.event.VMDeathEvent;
import com.sun.jdi.event.VMStartEvent;
import com.sun.jdi.request.EventRequest;
import com.sun.jdi.request.StepRequest;
import io.dbgshell.config.Tunables;
import io.dbgshell.engine.Engine;
import io.dbgshell.engine.EngineException;
import io.dbgshell.engine.EngineListener;
import io.dbgshell.engine.RunControl;
import io.dbgshell.engine.StepKind;
import io.dbgshell.engine.TargetControl;
import io.dbgshell.engine.TargetState;
import io.dbgshell.engine.ThreadView;
import io.dbgshell.engine.jdi.expr.EvalException;
import io.dbgshell.engine.jdi.expr.RequestsPause;
import io.dbgshell.engine.jdi.symbols.ThreadStates;
import io.dbgshell.files.UserFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

/**
 * The debugger behind the prompt, through JDI: one target at a time, one thread taking its events
 * and resuming each event set exactly once, stepping, break-in and the target's end. Breakpoints and
 * event filters are {@link EventRules}'; this class decides only what its own events mean (the
 * VM's start and end, steps, break-in). Every change of what the target does happens under this
 * object's lock, so the listener hears of them in the order they happened.
 *
 * <p>Why this class is as long as it is: the stop state (the event set held, the current and the
 * stopping thread, the pending step, event sets that came while stopped) is read and written by
 * every command and by the event thread, and is one state machine; what has no part in it lives
 * beside it ({@link TargetConnector}, {@link TargetOutput}, {@link ThreadLines}).
 */
public final class JdiEngine implements Engine, TargetControl, RunControl, ThreadView {
    private static final Logger LOG = LoggerFactory.getLogger(JdiEngine.class);
    private static final String RUNNING = "the target is running (.break or Ctrl-C stops it)";
    private static final String GONE = "the target is gone";
    /** The request property holding the step filter a step request was made with, to know if it can be reused. */
    private static final EngineListener NOBODY = new EngineListener() {
        @Override
        public void output(String text) {
            // nobody listens yet
        }

        @Override
        public void stateChanged(TargetState state) {
            // nobody listens yet
        }

        @Override
        public void runOnStop(String commands) {
            // nobody listens yet
        }
    };

    private final Duration launchTimeout;
    private final Duration closeTimeout;
    private final EventRules rules;
    private final TargetConnector connector;
    private final CallSteps callSteps;
    private final Sources sources;
    /** Break-ins come from event loops and consoles, which must not wait for the target: they run here. */
    private final ExecutorService breaker = Executors.newSingleThreadExecutor(daemon("dbgshell-break-in"));
    private volatile EngineListener listener = NOBODY;
    private volatile TargetState state = TargetState.NO_TARGET;
    private volatile List<String> stepFilter;

    // the stop state, guarded by this
    private Target target;
    private ThreadNumbers numbers = new ThreadNumbers();
    private EventSet held;
    /**
     * This engine suspended the whole VM, so the stop's release resumes it: a break-in or attach,
     * or a stop whose event suspended only its own thread (a hit its rules decided alone).
     */
    private boolean suspendedWhole;
    private ThreadReference current;
    private ThreadReference stopper;
    private final ArrayDeque<EventSet> cameWhileStopped = new ArrayDeque<>();
    /** The running step: a step request, or a method entry request for a thread with no frames yet. */
    private EventRequest step;
    private int stepsLeft;
    private StepKind stepKind;
    /**
     * The step request whose step ended the last stop, still enabled (the agent has reset it to start
     * from there): the next {@code p} or {@code t} like it reuses it, which saves making and deleting
     * one per line; anything else that runs the target deletes it first.
     */
    private StepRequest kept;
    /** Where {@link #current} stopped, when the stop's event said so; null: ask the target. */
    private Location stopLocation;
    /** The frame of {@link #current} that {@code .frame} selected; 0 after every stop and thread switch. */
    private int frame;
    private boolean died;
    private CompletableFuture<TargetState> nextStop = new CompletableFuture<>();

    JdiEngine(Tunables tunables, EventRules rules) {
        this.launchTimeout = tunables.get(JdiSettings.LAUNCH_TIMEOUT);
        this.closeTimeout = tunables.get(JdiSettings.CLOSE_TIMEOUT);
        this.rules = rules;
        this.connector = new TargetConnector(tunables);
        this.callSteps = new CallSteps(tunables.get(JdiSettings.CALL_STEP_WAIT));
        this.stepFilter = List.copyOf(tunables.get(JdiSettings.STEP_FILTER));
        this.sources = new Sources(tunables, UserFiles.DEFAULT);
    }


    @Override
    public TargetState state() {
        return state;
    }

    @Override
    public void listen(EngineListener value) {
        listener = value;
    }

    // ---- targets

    @Override
    public String create(List<String> command) throws EngineException {
        requireNoTarget();
        Target launched = connector.launch(command, text -> listener.output(text));
        CompletableFuture<TargetState> started = begin(launched, false);
        TargetState first;
        try {
            first = started.get(launchTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            abandon(launched);
            throw new EngineException("java started but did not reach main within " + launchTimeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon(launched);
            throw new EngineException("interrupted while starting the target");
        }
        if (!first.stopped()) {
            throw new EngineException("the target ended before it could be stopped");
        }
        return "Started " + launched.description() + " (process 0n" + launched.pid() + "), stopped before main";
    }

    /** Ends a launched target that never got going, without announcing it: the command says why. */
    private void abandon(Target launched) {
        synchronized (this) {
            if (target == launched) {
                target = null;
                rules.detached();
                ended();
            }
        }
        launched.destroyProcess(closeTimeout);
    }

    @Override
    public String attach(long pid) throws EngineException {
        requireNoTarget();
        return attached(connector.attach(pid));
    }

    @Override
    public String attach(String host, int port) throws EngineException {
        requireNoTarget();
        return attached(connector.attach(host, port));
    }

    private String attached(Target attached) throws EngineException {
        begin(attached, true);
        return "Attached to " + attached.description() + "; every thread is stopped (g runs them)";
    }

    @Override
    public List<String> localJvms() {
        return TargetConnector.localJvms();
    }

    /**
     * Takes {@code next} as the target: its numbers, the rules' requests, its event thread. An
     * attached JVM is stopped at once, as WinDbg stops a process it attaches to; a launched one
     * stops at its start event. Returns the stage of that first stop.
     */
    private synchronized CompletableFuture<TargetState> begin(Target next, boolean stopNow) throws EngineException {
        target = next;
        numbers = new ThreadNumbers();
        died = false;
        nextStop = new CompletableFuture<>();
        state = TargetState.RUNNING;
        try {
            rules.attached(next.vm(), new Context(next, numbers));
            if (stopNow) {
                next.vm().suspend();
                suspendedWhole = true;
                stopAt(null, pickThread(next.vm()), "", null, Optional.empty());
            }
        } catch (VMDisconnectedException e) {
            target = null;
            state = TargetState.NO_TARGET;
            throw new EngineException(GONE);
        }
        Thread events = daemon("dbgshell-jdi-events").newThread(() -> takeEvents(next));
        events.start();
        return nextStop;
    }

    @Override
    public String detach() throws EngineException {
        Target leaving;
        synchronized (this) {
            leaving = requireTarget();
            deleteStep();
            deleteKept();
            rules.detached();
            try {
                release();
                cameWhileStopped.forEach(EventSet::resume);
                leaving.vm().dispose();
            } catch (VMDisconnectedException e) {
                LOG.debug("the target went while detaching", e);
            }
            target = null; // its end is not announced: it goes on running
            ended();
        }
        return "Detached from " + leaving.description() + "; it keeps running";
    }

    @Override
    public String kill() throws EngineException {
        Target ending;
        synchronized (this) {
            ending = requireTarget();
            died = true; // told to exit: its end is an exit, not a lost connection, whether or not VMDeath comes
        }
        try {
            ending.vm().exit(1);
        } catch (VMDisconnectedException e) {
            LOG.debug("the target went before it was told to exit", e);
        }
        ending.endProcess(closeTimeout);
        return "Ending " + ending.description();
    }

    @Override
    public void close() {
        Target last;
        synchronized (this) {
            last = target;
        }
        if (last != null) {
            // a target that no longer answers must not keep the session from ending
            CompletableFuture<Void> letGo = CompletableFuture.runAsync(() -> {
                try {
                    if (last.launched()) {
                        kill();
                    } else {
                        detach();
                    }
                } catch (EngineException | RuntimeException e) {
                    LOG.debug("letting go of the target at the end failed", e);
                }
            }, runnable -> daemon("dbgshell-close").newThread(runnable).start());
            try {
                letGo.get(closeTimeout.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                LOG.warn("the target did not let go within {}", closeTimeout);
                last.destroyProcess(closeTimeout);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        breaker.shutdownNow();
    }

    // ---- running

    @Override
    public CompletionStage<TargetState> go() throws EngineException {
        synchronized (this) {
            requireStopped();
            return resume();
        }
    }

    @Override
    public CompletionStage<TargetState> goTo(String location) throws EngineException {
        synchronized (this) {
            requireStopped();
            rules.oneShot(location);
            return resume();
        }
    }

    @Override
    public CompletionStage<TargetState> step(StepKind kind, int count) throws EngineException {
        synchronized (this) {
            requireStopped();
            try {
                Location here = currentLocation();
                boolean noFrames = here == null;
                if (kind == StepKind.OUT && noFrames) {
                    throw new EngineException("thread " + numbers.of(current) + " has no method to return from yet");
                }
                step = noFrames ? StepRequests.firstMethod(current, stepFilter) : stepRequest(kind, here);
                stepKind = kind;
                stepsLeft = noFrames ? 1 : count; // entering the first method is the whole step
                return resume();
            } catch (IncompatibleThreadStateException e) {
                throw new EngineException("thread " + numbers.of(current) + " cannot step now: it is not stopped");
            } catch (VMDisconnectedException e) {
                throw new EngineException(GONE);
            }
        }
    }

    /** Where the current thread is: known from the stop's event, or asked; null before it runs any Java code. */
    private Location currentLocation() throws IncompatibleThreadStateException {
        if (stopLocation == null && current.frameCount() > 0) {
            stopLocation = current.frame(0).location();
        }
        return stopLocation;
    }

    /**
     * Whether a counted step goes on after one of its steps: as it is, or, once a step that began in
     * a native method has left it, as the step asked for; false if its thread cannot step.
     */
    private boolean stepOn(EventRequest running) {
        if (!(running instanceof StepRequest made) || !StepRequests.leftNative(made, stepKind)) {
            return true;
        }
        made.virtualMachine().eventRequestManager().deleteEventRequest(made);
        try {
            step = StepRequests.step(made.thread(), made.thread().frame(0).location(), stepKind, stepFilter);
            return true;
        } catch (IncompatibleThreadStateException e) {
            LOG.debug("a counted step stops early: its thread cannot step on", e);
            return false;
        }
    }

    /** The step asked for from {@code here}: the kept request of the last step if it is that step, else a new one. */
    private StepRequest stepRequest(StepKind kind, Location here) {
        if (kept != null && StepRequests.fits(kept, current, here, kind, stepFilter)) {
            StepRequest again = kept;
            kept = null;
            return again;
        }
        deleteKept();
        return StepRequests.step(current, here, kind, stepFilter);
    }

    @Override
    public List<String> stepFilter() {
        return stepFilter;
    }

    @Override
    public void stepFilter(List<String> patterns) {
        stepFilter = List.copyOf(patterns);
    }

    @Override
    public boolean breakIn() {
        if (!state.running()) {
            return false;
        }
        breaker.execute(this::breakNow);
        return true;
    }

    private synchronized void breakNow() {
        if (!state.running() || target == null) {
            return; // it stopped or ended on its own meanwhile
        }
        try {
            target.vm().suspend();
            suspendedWhole = true;
            ThreadReference thread = pickThread(target.vm());
            Location at = thread.frameCount() == 0 ? null : thread.frame(0).location();
            stopAt(null, thread, "(" + ThreadLines.pidText(target.pid()) + "." + numbers.of(thread) + "): Break-in\n"
                    + (at == null ? "" : LocationText.of(at) + ":\n"), at, Optional.empty());
        } catch (IncompatibleThreadStateException | VMDisconnectedException e) {
            LOG.debug("break-in found the target gone", e); // its end is announced by the event thread
        }
    }

    /** Resumes a stopped target; the returned stage completes at its next stop or end. */
    private CompletableFuture<TargetState> resume() {
        CompletableFuture<TargetState> stopped = new CompletableFuture<>();
        nextStop = stopped;
        state = TargetState.RUNNING;
        listener.stateChanged(state);
        try {
            deleteKept(); // a step that reuses it has taken it already
            release();
            while (!state.stopped() && !cameWhileStopped.isEmpty() && target != null) {
                handle(cameWhileStopped.poll());
            }
        } catch (VMDisconnectedException e) {
            LOG.debug("the target went while resuming", e); // its end is announced by the event thread
        }
        return stopped;
    }

    /** Lets go of what keeps the target stopped now: the held event set, once, and the engine's suspension of the VM. */
    private void release() {
        if (held != null) {
            EventSet set = held;
            held = null;
            set.resume();
        }
        if (suspendedWhole) {
            suspendedWhole = false;
            target.vm().resume();
        }
    }

    // ---- events

    private void takeEvents(Target source) {
        try {
            while (true) {
                EventSet set = source.vm().eventQueue().remove();
                if (callSteps.claim(set)) {
                    continue; // the command waiting for it holds the lock: it must not be needed
                }
                synchronized (this) {
                    if (target != source) {
                        return;
                    }
                    if (state.stopped()) {
                        cameWhileStopped.add(set); // told, and resumed, when the target next runs
                    } else {
                        handle(set);
                    }
                }
            }
        } catch (VMDisconnectedException e) {
            LOG.debug("the target disconnected");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("the event thread failed; the target is let go", e);
        }
        gone(source);
    }

    /** What one event set means: announced, then the target stops or the set is resumed (once). */
    private void handle(EventSet set) {
        StringBuilder said = new StringBuilder();
        boolean stop = false;
        boolean stepped = false;
        ThreadReference where = null;
        Location at = null;
        Optional<String> commands = Optional.empty();
        for (Event event : set) {
            if (event instanceof VMStartEvent start) {
                stop = true;
                where = start.thread();
            } else if (step != null && event.request() == step) {
                if (StepRequests.throughGenerated(((LocatableEvent) event).location())) {
                    continue; // the same request steps on out of a lambda's proxy; this step does not count
                }
                if (--stepsLeft <= 0 || !stepOn(step)) {
                    stop = stepped = true;
                    where = ((LocatableEvent) event).thread();
                    at = ((LocatableEvent) event).location();
                }
            } else if (event instanceof VMDeathEvent) {
                died = true;
            } else if (!(event instanceof com.sun.jdi.event.VMDisconnectEvent)) {
                EventRules.Verdict verdict = rules.decide(event);
                said.append(verdict.announcement());
                if (verdict.stop()) {
                    stop = true;
                    Optional<ThreadReference> thread = threadOf(event);
                    if (thread.isPresent()) {
                        where = thread.get();
                        at = event instanceof LocatableEvent located ? located.location() : null;
                    }
                    commands = verdict.commands();
                }
            }
        }
        if (stepped && said.length() == 0) {
            said.append(LocationText.of(at)).append(":\n"); // the event says where: no question to the target
        }
        if (stop) {
            if (stepped && step instanceof StepRequest done) {
                kept = done; // the agent reset it at this line: the next step like it starts from here
                step = null;
            }
            boolean suspendedAll = set.suspendPolicy() == EventRequest.SUSPEND_ALL;
            if (!suspendedAll) {
                suspendWhole(set);
            }
            stopAt(suspendedAll ? set : null, where == null ? pickThread(set.virtualMachine()) : where, said.toString(),
                    where == null ? null : at, commands);
        } else {
            if (said.length() > 0) {
                listener.output(said.toString());
            }
            set.resume();
        }
    }

    /**
     * Every stop stops every thread, as WinDbg's does, whatever its event suspended: a set that did
     * not suspend them all is traded for a suspension of the whole VM, so each thread is suspended
     * once ({@code ~} shows {@code Suspend: 1}; a call from {@code ??} resumes its thread once) and
     * the release lifts them all in one step. Keeping the set to resume it apart would let its
     * thread run ahead and hit its next event, whose suspension the VM's resume would take back.
     */
    private void suspendWhole(EventSet set) {
        if (!suspendedWhole) {
            set.virtualMachine().suspend();
            suspendedWhole = true;
        }
        set.resume();
    }

    /**
     * The target is stopped, which {@code announcement} says, with the source line of {@code at}
     * under it when its file is on the source path: it stays so until a command resumes it.
     *
     * @param at where {@code thread} stands, if the stop's event said so
     */
    private void stopAt(EventSet set, ThreadReference thread, String announcement, Location at,
                        Optional<String> commands) {
        deleteStep();
        held = set;
        current = thread;
        stopLocation = at;
        frame = 0;
        stopper = thread;
        state = TargetState.stopped(numbers.of(thread));
        listener.stopped(withSource(announcement, at), state, commands);
        nextStop.complete(state);
    }

    /**
     * An announcement that shows where it stopped, with that place's source line added; one that
     * says nothing (a logpoint's hit) stays silent.
     */
    private String withSource(String announcement, Location at) {
        if (at == null || announcement.isEmpty()) {
            return announcement;
        }
        return sources.stopLine(at).map(line -> announcement + line + "\n").orElse(announcement);
    }

    /** The connection ended: the target exited, was killed, or went away. */
    private void gone(Target source) {
        synchronized (this) {
            if (target != source) {
                return; // let go of on purpose (.detach), not announced
            }
        }
        source.output().ifPresent(output -> output.awaitEnd(closeTimeout));
        OptionalInt code = source.exitCode(closeTimeout);
        synchronized (this) {
            if (target != source) {
                return; // let go of on purpose (.detach), not announced
            }
            target = null;
            step = null;
            kept = null;
            rules.detached();
            listener.output(code.isPresent() ? "Target exited with code " + code.getAsInt() + "\n"
                    : died ? "Target exited\n" : "Target disconnected\n");
            ended();
        }
    }

    private void ended() {
        held = null;
        suspendedWhole = false;
        current = null;
        stopLocation = null;
        frame = 0;
        kept = null;
        stopper = null;
        cameWhileStopped.clear();
        state = TargetState.NO_TARGET;
        listener.stateChanged(state);
        nextStop.complete(state);
    }

    private void deleteStep() {
        if (step != null) {
            EventRequest request = step;
            step = null;
            delete(request);
        }
    }

    private void deleteKept() {
        if (kept != null) {
            StepRequest request = kept;
            kept = null;
            delete(request);
        }
    }

    private static void delete(EventRequest request) {
        try {
            request.virtualMachine().eventRequestManager().deleteEventRequest(request);
        } catch (VMDisconnectedException e) {
            LOG.debug("the target went before its step was deleted", e);
        }
    }

    private static Optional<ThreadReference> threadOf(Event event) {
        if (event instanceof LocatableEvent located) {
            return Optional.of(located.thread());
        } else if (event instanceof ThreadStartEvent started) {
            return Optional.of(started.thread());
        } else if (event instanceof ThreadDeathEvent ended) {
            return Optional.of(ended.thread());
        } else if (event instanceof ClassPrepareEvent prepared) {
            return Optional.of(prepared.thread());
        }
        return Optional.empty();
    }

    /**
     * The thread a stop without one of its own is shown in: the current one if it lives, else main,
     * else the first that has run the application's code (a server whose main has returned), else the first.
     */
    private ThreadReference pickThread(VirtualMachine vm) {
        if (current != null && alive(current)) {
            return current; // one question to the target rather than one per thread: a break-in is felt
        }
        List<ThreadReference> threads = numbered(vm);
        return named(threads, "main")
                .or(() -> threads.stream().filter(JdiEngine::application).findFirst())
                .orElse(threads.get(0));
    }

    /**
     * Whether {@code thread} is one of the application's, with Java code on its stack: in the
     * {@code main} thread group or below it, not the JVM's own ({@code system}: Reference Handler,
     * Finalizer, Signal Dispatcher, Common-Cleaner), and not {@code DestroyJavaVM}, which has no frames.
     */
    private static boolean application(ThreadReference thread) {
        try {
            for (ThreadGroupReference group = thread.threadGroup(); group != null; group = group.parent()) {
                if (group.name().equals("main")) {
                    return thread.frameCount() > 0;
                }
            }
            return false;
        } catch (IncompatibleThreadStateException | ObjectCollectedException e) {
            return false;
        }
    }

    private static boolean alive(ThreadReference thread) {
        try {
            int status = thread.status();
            return status != ThreadReference.THREAD_STATUS_ZOMBIE && status != ThreadReference.THREAD_STATUS_NOT_STARTED;
        } catch (ObjectCollectedException e) {
            return false;
        }
    }

    /** Every live thread, numbered, by number; {@code main} is numbered first if it is new. */
    private List<ThreadReference> numbered(VirtualMachine vm) {
        List<ThreadReference> threads = new ArrayList<>(vm.allThreads());
        // only new threads are asked their names, and all at once: a thousand threads started
        // since the last stop would otherwise cost a thousand round trips in a row
        named(threads.stream().filter(t -> !numbers.known(t)).toList(), "main").ifPresent(numbers::of);
        threads.forEach(numbers::of);
        threads.sort(Comparator.comparingInt(numbers::of));
        return threads;
    }

    /** The first of {@code threads} called {@code name}, their names asked at once ({@link ThreadFacts}). */
    private Optional<ThreadReference> named(List<ThreadReference> threads, String name) {
        List<ThreadStates.Facts> facts = target.threadFacts().of(threads);
        return IntStream.range(0, threads.size()).filter(i -> facts.get(i).name().equals(name))
                .mapToObj(threads::get).findFirst();
    }

    // ---- threads and stacks

    /**
     * {@code ~}: the chosen threads' lines, their questions to the target written at once
     * ({@link ThreadFacts}): {@code ~} of a thousand threads must not take 3,000 round trips in a row.
     */
    @Override
    public synchronized List<String> threads(ThreadChoice choice) throws EngineException {
        requireStopped();
        try {
            return lines(chosen(choice));
        } catch (ObjectCollectedException e) {
            throw new EngineException("a thread ended while it was read (~ again lists the others)");
        } catch (VMDisconnectedException e) {
            throw new EngineException(GONE);
        }
    }

    @Override
    public synchronized String select(int thread) throws EngineException {
        requireStopped();
        try {
            ThreadReference chosen = chosen(ThreadChoice.number(thread)).get(0);
            current = chosen;
            stopLocation = null;
            frame = 0;
            state = TargetState.stopped(thread);
            listener.stateChanged(state);
            String where = ThreadLines.location(chosen);
            return where.isEmpty() ? "(thread " + thread + " has not run Java code yet)" : where;
        } catch (IncompatibleThreadStateException e) {
            throw new EngineException("thread " + thread + " is not stopped");
        } catch (VMDisconnectedException e) {
            throw new EngineException(GONE);
        }
    }

    @Override
    public synchronized List<String> stack(ThreadChoice choice, StackStyle style, int maxFrames) throws EngineException {
        requireStopped();
        List<String> lines = new ArrayList<>();
        try {
            List<ThreadReference> threads = chosen(choice);
            boolean ofAll = choice.kind() == ThreadChoice.Kind.ALL;
            List<String> heads = ofAll ? lines(threads) : List.of();
            for (int i = 0; i < threads.size(); i++) {
                if (ofAll) {
                    lines.add(heads.get(i));
                }
                stackOf(threads.get(i), style, maxFrames, lines, ofAll);
            }
        } catch (ObjectCollectedException e) {
            throw new EngineException("a thread ended while its stack was read");
        } catch (VMDisconnectedException e) {
            throw new EngineException(GONE);
        }
        return lines;
    }

    /**
     * One thread's stack into {@code lines}. A thread JDWP does not count as suspended (one not yet
     * started, or ending as the target stopped) has no stack to read: {@code ~*k} says so in its
     * place and goes on with the others.
     */
    private void stackOf(ThreadReference thread, StackStyle style, int maxFrames, List<String> lines, boolean ofAll)
            throws EngineException {
        try {
            ThreadLines.stack(thread, style, maxFrames, lines);
        } catch (IncompatibleThreadStateException e) {
            String notStopped = "thread " + numbers.of(thread) + " is not stopped: its stack cannot be read";
            if (!ofAll) {
                throw new EngineException(notStopped);
            }
            lines.add("(" + notStopped + ")");
        }
    }

    /** The {@code ~} lines of {@code threads}, in their order. */
    private List<String> lines(List<ThreadReference> threads) {
        List<ThreadStates.Facts> facts = target.threadFacts().of(threads);
        List<String> lines = new ArrayList<>(threads.size());
        for (int i = 0; i < threads.size(); i++) {
            ThreadReference thread = threads.get(i);
            lines.add(ThreadStates.line(facts.get(i), numbers.of(thread), thread.equals(current), thread.equals(stopper)));
        }
        return lines;
    }

    private List<ThreadReference> chosen(ThreadChoice choice) throws EngineException {
        List<ThreadReference> all = numbered(target.vm());
        return switch (choice.kind()) {
            case ALL -> all;
            case CURRENT -> List.of(current);
            case EVENT -> List.of(stopper);
            case NUMBER -> all.stream().filter(t -> numbers.of(t) == choice.number()).findFirst().map(List::of)
                    .orElseThrow(() -> new EngineException("no thread " + choice.number() + " (~ lists the threads)"));
        };
    }

    // ---- what inspection reads

    /**
     * Runs {@code query} against the stopped target under the engine's lock, so nothing resumes it
     * meanwhile; the target's exceptions become one line each. Fails at once when there is no target
     * or it runs.
     */
    public synchronized <T> T whileStopped(StopQuery<T> query) throws EngineException {
        requireStopped();
        try {
            return query.read(new Stop(target.vm(), current, frame, stopper, numbers::of, target.pid()));
        } catch (IncompatibleThreadStateException e) {
            throw new EngineException("thread " + numbers.of(current) + " is not stopped");
        } catch (com.sun.jdi.InvalidStackFrameException e) {
            throw new EngineException("the selected frame is gone: thread " + numbers.of(current) + " ran (k shows it now)");
        } catch (ObjectCollectedException e) {
            throw new EngineException("an object it needs was garbage collected");
        } catch (VMDisconnectedException e) {
            throw new EngineException(GONE);
        }
    }

    /** Makes frame {@code index} of the current thread the one inspection reads; checked by the caller. */
    synchronized void selectFrame(int index) throws EngineException {
        requireStopped();
        frame = index;
    }

    /** The source path and files, which {@code .srcpath}, {@code lsa} and {@code ls} share with the stops. */
    Sources sources() {
        return sources;
    }

    /**
     * The current thread, suspended without an event, is stopped by one so that {@code what} can be
     * called in it ({@link CallSteps}); only inside {@link #whileStopped}. The stop stays what it was,
     * unannounced, with the same current thread, now one bytecode further; the selected frame stays
     * the same frame. Then {@code rerun} runs with the frame's index now, negative if the thread
     * returned from it on the way (frame 0 is then selected); after it, the thread is suspended as
     * often as it was before.
     */
    synchronized <T> T stopForCall(String what, RequestsPause pause, CallRerun<T> rerun)
            throws EngineException, IncompatibleThreadStateException {
        CallSteps.Moved moved = callSteps.stop(current, pause, numbers.of(current), what);
        try {
            int index = frame + moved.depthAfter() - moved.depthBefore();
            stopLocation = moved.at();
            frame = Math.max(index, 0);
            return rerun.run(index);
        } finally {
            CallSteps.giveBack(current, moved.lent());
        }
    }

    /** A frame command run again once its thread is stopped by an event; {@code index} as {@link #stopForCall} says. */
    @FunctionalInterface
    interface CallRerun<T> {
        T run(int index) throws EngineException, IncompatibleThreadStateException;
    }

    /** A call in an expression ran with every request paused: the rules catch up on the classes it loaded. */
    synchronized void callsRan() {
        if (target != null) {
            rules.resolveLoaded();
        }
    }

    /** Runs {@code query} against the target whether it runs or is stopped ({@code x}, {@code lm}). */
    public synchronized <T> T withTarget(TargetQuery<T> query) throws EngineException {
        Target attached = requireTarget();
        try {
            return query.read(attached.vm());
        } catch (ObjectCollectedException e) {
            // a running target may unload a class, or collect a loader, between two questions
            throw new EngineException("a class or class loader it read went away meanwhile: try again");
        } catch (VMDisconnectedException e) {
            throw new EngineException(GONE);
        }
    }

    /**
     * A stopped target as inspection reads it; valid only inside {@link #whileStopped}.
     *
     * @param thread      the current thread ({@code .} in {@code ~})
     * @param frame       the selected frame of {@code thread}
     * @param eventThread the thread whose event stopped the target ({@code #})
     * @param numbers     the small thread numbers
     */
    public record Stop(VirtualMachine vm, ThreadReference thread, int frame, ThreadReference eventThread,
                       java.util.function.ToIntFunction<ThreadReference> numbers, long pid) {
        /** The same stop read in frame {@code index} instead. */
        Stop atFrame(int index) {
            return new Stop(vm, thread, index, eventThread, numbers, pid);
        }
    }

    @FunctionalInterface
    public interface StopQuery<T> {
        T read(Stop stop) throws EngineException, IncompatibleThreadStateException;
    }

    @FunctionalInterface
    public interface TargetQuery<T> {
        T read(VirtualMachine vm) throws EngineException;
    }

    // ---- preconditions

    private synchronized void requireNoTarget() throws EngineException {
        if (target != null) {
            throw new EngineException("already debugging " + target.description()
                    + " (one target per session: .detach or .kill it first)");
        }
    }

    private synchronized Target requireTarget() throws EngineException {
        if (target == null) {
            throw new EngineException("no target (.create or .attach starts one)");
        }
        return target;
    }

    private void requireStopped() throws EngineException {
        requireTarget();
        if (!state.stopped()) {
            throw new EngineException(RUNNING);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** What the rules may ask of the core about the current target. */
    private record Context(Target target, ThreadNumbers numbers) implements EventRules.EventContext {
        @Override
        public long pid() {
            return target.pid();
        }

        @Override
        public int threadNumber(ThreadReference thread) {
            return numbers.of(thread);
        }
    }
}
