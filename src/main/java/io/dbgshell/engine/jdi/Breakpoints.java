package io.dbgshell.engine.jdi;

import com.sun.jdi.Field;
import com.sun.jdi.Location;
import com.sun.jdi.Method;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.VMDisconnectedException;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.event.AccessWatchpointEvent;
import com.sun.jdi.event.BreakpointEvent;
import com.sun.jdi.event.ClassPrepareEvent;
import com.sun.jdi.event.Event;
import com.sun.jdi.event.LocatableEvent;
import com.sun.jdi.event.ModificationWatchpointEvent;
import com.sun.jdi.event.WatchpointEvent;
import com.sun.jdi.request.BreakpointRequest;
import com.sun.jdi.request.EventRequest;
import com.sun.jdi.request.EventRequestManager;
import com.sun.jdi.request.ModificationWatchpointRequest;
import com.sun.jdi.request.WatchpointRequest;
import io.dbgshell.config.Tunables;
import io.dbgshell.engine.BreakpointControl;
import io.dbgshell.engine.BreakpointIds;
import io.dbgshell.engine.BreakpointSpec;
import io.dbgshell.engine.CodeLocation;
import io.dbgshell.engine.EngineException;
import io.dbgshell.engine.EventAction;
import io.dbgshell.engine.EventFilter;
import io.dbgshell.engine.expr.Expression;
import io.dbgshell.engine.jdi.expr.EvalException;
import io.dbgshell.engine.jdi.expr.EvalPolicy;
import io.dbgshell.engine.jdi.expr.Evaluator;
import io.dbgshell.engine.jdi.expr.EventRequestsPause;
import io.dbgshell.engine.jdi.render.ValueText;
import io.dbgshell.engine.jdi.symbols.Wildcard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The breakpoints, watchpoints and event filters of the JDI engine (ENGINE.md §3-§5). Commands call
 * it on the session thread and the core's event thread calls {@link #decide}; one lock guards the
 * state, held only for JDI calls that the target answers without running. Breakpoints outlive a
 * target: they are made again, deferred, in the next one.
 *
 * <p>A {@code /w} condition is evaluated on the event thread, in frame 0 of the thread that hit,
 * without the lock and without running code in the target ({@link EvalPolicy#READ_ONLY}): a call
 * would resume that thread in the middle of deciding its event, with every other request paused
 * meanwhile, at every hit of a line that may be hot (docs/debugging.md).
 *
 * <p>Why this class is as long as it is: the ID table, the per-target requests and the hit verdicts
 * share one lock and one life cycle (made again in every target, deferred per class loader), and
 * splitting them would put that lock's rules in several places. What does not need the lock lives
 * beside it: {@link CodeResolver} (locations), {@link EventFilters} ({@code sx*}), {@link Breakpoint}.
 */
public final class Breakpoints implements EventRules, BreakpointControl {
    private static final Logger LOG = LoggerFactory.getLogger(Breakpoints.class);
    /** The request property naming the breakpoint or filter a request belongs to. */
    static final String OWNER = "dbgshell.owner";
    /** How javac names the method holding a lambda's body ({@code lambda$main$0}). */
    private static final String LAMBDA_BODY = "lambda$";

    private final Object lock = new Object();
    private final TreeMap<Integer, Breakpoint> byId = new TreeMap<>();
    private final Tunables tunables;
    private final int maxMatches;
    private final EventFilters filters;
    private VirtualMachine vm;
    /** The current target's, for conditions; read by the event thread without the lock. */
    private volatile Evaluator evaluator;
    private Breakpoint oneShot;

    public Breakpoints(Tunables tunables) {
        this.tunables = tunables;
        this.maxMatches = tunables.get(JdiSettings.BM_MAX_METHODS);
        this.filters = new EventFilters(OWNER, tunables.get(JdiSettings.EXCEPTION_MESSAGE_CHARS));
    }

    @Override
    public void attached(VirtualMachine target, EventContext context) {
        synchronized (lock) {
            vm = target;
            evaluator = new Evaluator(new EventRequestsPause(target.eventRequestManager()), tunables);
            filters.attached(target, context);
            for (Breakpoint breakpoint : byId.values()) {
                breakpoint.conditionFailed = false; // a new target may well evaluate it
                try {
                    arm(breakpoint);
                } catch (EngineException e) {
                    // it stays unresolved, and bl shows it so
                    LOG.info("breakpoint {} not resolved on attach: {}", breakpoint.id, e.getMessage());
                }
            }
        }
    }

    @Override
    public void detached() {
        synchronized (lock) {
            vm = null;
            evaluator = null;
            filters.detached();
            oneShot = null;
            // the target dropped (or took with it) every request; only our references remain
            byId.values().forEach(Breakpoints::forgetRequests);
        }
    }

    @Override
    public void resolveLoaded() {
        synchronized (lock) {
            if (vm == null) {
                return;
            }
            for (Breakpoint breakpoint : byId.values()) {
                for (ReferenceType type : CodeResolver.loaded(vm, breakpoint.spec.location())) {
                    try {
                        resolveIn(breakpoint, type);
                    } catch (EngineException e) {
                        // as when its class prepare event comes: it stays deferred there, and bl shows it so
                        LOG.info("breakpoint {} not resolved in {}: {}", breakpoint.id, type.name(), e.getMessage());
                    }
                }
            }
        }
    }

    @Override
    public Verdict decide(Event event) {
        EventRequest request = event.request();
        Object owner = request == null ? null : request.getProperty(OWNER);
        if (owner instanceof Breakpoint breakpoint) {
            if (event instanceof BreakpointEvent || event instanceof WatchpointEvent) {
                return hit(breakpoint, (LocatableEvent) event);
            }
            if (event instanceof ClassPrepareEvent prepared) {
                return resolveLater(breakpoint, prepared.referenceType());
            }
        }
        synchronized (lock) {
            return filters.decide(event);
        }
    }

    /** Exit ({@code epr}) is announced unless {@code sxi epr}. */
    @Override
    public boolean announceExit() {
        synchronized (lock) {
            return filters.announces(EventFilter.Kind.EXIT);
        }
    }

    /** A launched target's output ({@code out}) is shown unless {@code sxi out}. */
    @Override
    public boolean announceOutput() {
        synchronized (lock) {
            return filters.announces(EventFilter.Kind.OUTPUT);
        }
    }

    @Override
    public void oneShot(String location) throws EngineException {
        CodeLocation parsed = CodeLocation.parse(location);
        synchronized (lock) {
            if (vm == null) {
                throw new EngineException("no target: .create or .attach one first");
            }
            if (oneShot != null) {
                delete(oneShot);
            }
            Breakpoint breakpoint = new Breakpoint(Breakpoint.UNLISTED, new BreakpointSpec(parsed, true, 1, Optional.empty()));
            guarded(() -> arm(breakpoint));
            oneShot = breakpoint;
        }
    }

    @Override
    public List<String> set(BreakpointSpec spec, boolean deferred) throws EngineException {
        synchronized (lock) {
            Breakpoint breakpoint = new Breakpoint(freeId(), spec);
            if (vm != null) {
                guarded(() -> arm(breakpoint));
            }
            byId.put(breakpoint.id, breakpoint);
            if (deferred || !breakpoint.requests.isEmpty()) {
                return List.of();
            }
            Optional<String> noCode = vm == null ? Optional.empty() : noCodeYet(spec.location());
            return List.of("Breakpoint " + breakpoint.id + " is deferred "
                    + noCode.map(why -> "(" + why + ")").orElse("until " + waitsFor(spec.location()) + " loads"));
        }
    }

    /**
     * Whether {@code bm} counts the method as the class's own code: not a synthetic method javac made
     * (a bridge, an accessor), which only forwards to code that has its own breakpoint, except a lambda
     * body, which javac marks synthetic too but which holds the lines the lambda was written with.
     */
    private static boolean isSource(Method method) {
        return !method.isSynthetic() || method.name().startsWith(LAMBDA_BODY);
    }

    @Override
    public List<String> setMatching(String pattern, Function<CodeLocation, BreakpointSpec> specAt) throws EngineException {
        int dot = pattern.lastIndexOf('.');
        if (dot <= 0 || dot == pattern.length() - 1 || !pattern.matches("[\\p{javaJavaIdentifierPart}.*?<>]+")) {
            throw new EngineException("'" + pattern + "' is not CLASS_PATTERN.METHOD_PATTERN (com.example.*Service.save*)");
        }
        Wildcard classes = Wildcard.of(pattern.substring(0, dot));
        Wildcard methods = Wildcard.of(pattern.substring(dot + 1));
        synchronized (lock) {
            if (vm == null) {
                throw new EngineException("bm searches the loaded classes: .create or .attach a target first");
            }
            Set<CodeLocation> matches = new LinkedHashSet<>();
            guarded(() -> {
                for (ReferenceType type : vm.allClasses()) {
                    if (type.isPrepared() && classes.matches(type.name())) {
                        for (Method method : type.methods()) {
                            if (!method.isAbstract() && !method.isNative() && isSource(method)
                                    && methods.matches(method.name())) {
                                matches.add(new CodeLocation.MethodEntry(type.name(), method.name(),
                                        Optional.of(method.argumentTypeNames())));
                            }
                        }
                    }
                    if (matches.size() > maxMatches) {
                        throw new EngineException(pattern + " matches more than " + maxMatches + " methods; narrow it");
                    }
                }
            });
            if (matches.isEmpty()) {
                throw new EngineException("no method of a loaded class matches " + pattern
                        + " (bu Class.method waits for a class to load)");
            }
            List<String> lines = new ArrayList<>();
            for (CodeLocation location : matches) {
                Breakpoint breakpoint = new Breakpoint(freeId(), specAt.apply(location));
                guarded(() -> arm(breakpoint));
                byId.put(breakpoint.id, breakpoint);
                lines.add(String.format("%3d: %s", breakpoint.id, location.text()));
            }
            return lines;
        }
    }

    @Override
    public List<String> list() {
        synchronized (lock) {
            return byId.values().stream().map(this::listing).toList();
        }
    }

    @Override
    public void clear(BreakpointIds ids) throws EngineException {
        synchronized (lock) {
            for (Breakpoint breakpoint : chosen(ids)) {
                delete(breakpoint);
            }
        }
    }

    @Override
    public void enable(BreakpointIds ids, boolean enabled) throws EngineException {
        synchronized (lock) {
            for (Breakpoint breakpoint : chosen(ids)) {
                breakpoint.enabled = enabled;
                if (enabled) {
                    breakpoint.conditionFailed = false; // be: a condition that fails again is told again
                }
                guarded(() -> breakpoint.requests.forEach(request -> request.setEnabled(enabled)));
            }
        }
    }

    @Override
    public void filter(EventFilter filter, EventAction action) throws EngineException {
        boolean onlyTold = filter.kind() == EventFilter.Kind.EXIT || filter.kind() == EventFilter.Kind.OUTPUT;
        if (onlyTold && (action == EventAction.BREAK || action == EventAction.SECOND_CHANCE)) {
            throw new EngineException(filter.code() + " can only be shown (sxn) or ignored (sxi)");
        }
        synchronized (lock) {
            guarded(() -> filters.set(filter, action));
        }
    }

    @Override
    public List<String> filters() {
        synchronized (lock) {
            return filters.listing();
        }
    }

    /** A breakpoint's or watchpoint's request fired: what the hit means, on the event thread. */
    private Verdict hit(Breakpoint breakpoint, LocatableEvent event) {
        Optional<Expression> condition = breakpoint.spec.condition();
        if (breakpoint.continuesOnly && condition.isEmpty() && !breakpoint.spec.oneHit() && !breakpoint.counts()
                && !breakpoint.deleted) {
            // the logpoint's hot path: nothing to say, nothing to change, and its thread never stopped
            return Verdict.IGNORE;
        }
        if (breakpoint.counts()) {
            synchronized (lock) {
                if (breakpoint.deleted) {
                    return Verdict.IGNORE;
                }
                // a count filter reports once: from now on every hit counts, so re-arm without one
                breakpoint.passesReached = true;
                rearm(breakpoint);
            }
        }
        String failure = "";
        if (condition.isPresent() && !breakpoint.deleted) {
            // the conditional hot path, without the lock: evaluating asks the target, and commands must not wait for it
            try {
                if (!holds(condition.get(), event)) {
                    return Verdict.IGNORE;
                }
            } catch (EvalException e) {
                if (breakpoint.conditionFailed) {
                    return Verdict.IGNORE;
                }
                breakpoint.conditionFailed = true;
                failure = "Condition '" + condition.get().text() + "' cannot be evaluated: " + e.getMessage()
                        + " (told once; hits where it fails go on)\n";
            }
        }
        synchronized (lock) {
            if (breakpoint.deleted) {
                return Verdict.IGNORE;
            }
            if (breakpoint.spec.oneHit()) {
                delete(breakpoint);
            }
            if (breakpoint.id == Breakpoint.UNLISTED) {
                return new Verdict(true, LocationText.of(event.location()) + ":\n", Optional.empty());
            }
            boolean failed = !failure.isEmpty();
            if (!failed && breakpoint.continuesOnly) {
                return Verdict.IGNORE;
            }
            if (!failed && breakpoint.logpoint) {
                return new Verdict(true, "", breakpoint.spec.commands());
            }
            // a condition that failed stops without the commands: a logpoint's g would let the target go on
            return new Verdict(true, "Breakpoint " + breakpoint.id + " hit\n" + failure + accessed(event)
                    + LocationText.of(event.location()) + ":\n", failed ? Optional.empty() : breakpoint.spec.commands());
        }
    }

    /** Whether a condition is true in frame 0 of the thread that hit; false once the target is gone. */
    private boolean holds(Expression condition, LocatableEvent event) throws EvalException {
        Evaluator current = evaluator;
        return current != null && current.test(condition, event.thread(), 0, EvalPolicy.READ_ONLY);
    }

    /**
     * What a watchpoint saw: {@code Loop.total written: 3 -> 6}, {@code Later.count of {Later@0x2f1} read: 1};
     * nothing for a breakpoint.
     */
    private static String accessed(LocatableEvent event) {
        if (!(event instanceof WatchpointEvent watched)) {
            return "";
        }
        Field field = watched.field();
        String name = field.declaringType().name() + "." + field.name()
                + (watched.object() == null ? "" : " of " + ValueText.of(watched.object()));
        if (event instanceof ModificationWatchpointEvent write) {
            return name + " written: " + ValueText.of(write.valueCurrent()) + " -> " + ValueText.of(write.valueToBe()) + "\n";
        }
        return name + " read: " + ValueText.of(((AccessWatchpointEvent) event).valueCurrent()) + "\n";
    }

    /** A class a deferred breakpoint names has loaded (in some class loader): resolve it there too. */
    private Verdict resolveLater(Breakpoint breakpoint, ReferenceType type) {
        synchronized (lock) {
            if (breakpoint.deleted || vm == null) {
                return Verdict.IGNORE;
            }
            try {
                resolveIn(breakpoint, type);
                if (breakpoint.requests.isEmpty() && breakpoint.spec.location() instanceof CodeLocation.SourceLine line
                        && CodeResolver.topLevelOf(line, type) && !breakpoint.toldNoCode) {
                    breakpoint.toldNoCode = true; // once, not again in every class loader that loads the class
                    String why = CodeResolver.noCode(type.name(), line.line(), CodeResolver.lines(type));
                    return new Verdict(false, name(breakpoint) + " is still deferred: " + why + "\n", Optional.empty());
                }
                return Verdict.IGNORE;
            } catch (EngineException e) {
                return new Verdict(false, name(breakpoint) + " not set in " + type.name() + ": " + e.getMessage() + "\n",
                        Optional.empty());
            }
        }
    }

    /** Makes the breakpoint's requests in the current target: resolved where loaded, deferred elsewhere. */
    private void arm(Breakpoint breakpoint) throws EngineException {
        CodeLocation location = breakpoint.spec.location();
        if (location instanceof CodeLocation.FieldAccess access) {
            CodeResolver.requireWatchable(vm, access);
        }
        for (ReferenceType type : CodeResolver.loaded(vm, location)) {
            // a line, method or field that is not there fails the command before anything is made
            if (location instanceof CodeLocation.FieldAccess access) {
                CodeResolver.field(access, type);
            } else {
                CodeResolver.locations(location, type);
            }
        }
        // the request for later classes comes first, so a class loading meanwhile is not missed
        breakpoint.prepare = CodeResolver.prepareRequest(vm, location);
        breakpoint.prepare.putProperty(OWNER, breakpoint);
        breakpoint.prepare.setSuspendPolicy(EventRequest.SUSPEND_ALL);
        breakpoint.prepare.enable();
        for (ReferenceType type : CodeResolver.loaded(vm, location)) {
            resolveIn(breakpoint, type);
        }
    }

    private void resolveIn(Breakpoint breakpoint, ReferenceType type) throws EngineException {
        if (!breakpoint.resolvedIn.add(type)) {
            return;
        }
        if (breakpoint.spec.location() instanceof CodeLocation.FieldAccess access) {
            breakpoint.requests.add(watchRequest(breakpoint, access.write(), CodeResolver.field(access, type)));
            return;
        }
        for (Location location : CodeResolver.locations(breakpoint.spec.location(), type)) {
            breakpoint.requests.add(codeRequest(breakpoint, location));
        }
    }

    private EventRequest codeRequest(Breakpoint breakpoint, Location location) {
        return configured(breakpoint, vm.eventRequestManager().createBreakpointRequest(location));
    }

    private EventRequest watchRequest(Breakpoint breakpoint, boolean write, Field field) {
        EventRequestManager manager = vm.eventRequestManager();
        return configured(breakpoint, write ? manager.createModificationWatchpointRequest(field)
                : manager.createAccessWatchpointRequest(field));
    }

    private static EventRequest configured(Breakpoint breakpoint, EventRequest request) {
        request.putProperty(OWNER, breakpoint);
        // a hit that only continues, with no condition to evaluate, has nothing to run while its
        // thread waits, so the thread goes on at once: the target only tells the hit, and JDI holds
        // the target's events if the event thread falls behind. A hit the event thread decides alone
        // stops just its own thread; the engine stops the rest if it stops.
        request.setSuspendPolicy(breakpoint.continuesOnly && breakpoint.spec.condition().isEmpty()
                ? EventRequest.SUSPEND_NONE
                : breakpoint.decidesAlone() ? EventRequest.SUSPEND_EVENT_THREAD : EventRequest.SUSPEND_ALL);
        if (breakpoint.counts()) {
            request.addCountFilter(breakpoint.spec.passes());
        }
        request.setEnabled(breakpoint.enabled);
        return request;
    }

    private void rearm(Breakpoint breakpoint) {
        EventRequestManager manager = vm.eventRequestManager();
        List<EventRequest> old = List.copyOf(breakpoint.requests);
        breakpoint.requests.clear();
        for (EventRequest request : old) {
            manager.deleteEventRequest(request);
            breakpoint.requests.add(request instanceof WatchpointRequest watch
                    ? watchRequest(breakpoint, watch instanceof ModificationWatchpointRequest, watch.field())
                    : codeRequest(breakpoint, ((BreakpointRequest) request).location()));
        }
    }

    private void delete(Breakpoint breakpoint) {
        breakpoint.deleted = true;
        byId.remove(breakpoint.id);
        if (breakpoint == oneShot) {
            oneShot = null;
        }
        if (vm != null) {
            try {
                EventRequestManager manager = vm.eventRequestManager();
                manager.deleteEventRequests(breakpoint.requests);
                if (breakpoint.prepare != null) {
                    manager.deleteEventRequest(breakpoint.prepare);
                }
            } catch (VMDisconnectedException e) {
                LOG.debug("target gone while deleting breakpoint {}", breakpoint.id);
            }
        }
        forgetRequests(breakpoint);
    }

    private static void forgetRequests(Breakpoint breakpoint) {
        breakpoint.toldNoCode = false;
        breakpoint.requests.clear();
        breakpoint.resolvedIn.clear();
        breakpoint.prepare = null;
    }

    private List<Breakpoint> chosen(BreakpointIds ids) throws EngineException {
        List<Breakpoint> chosen = byId.values().stream().filter(breakpoint -> ids.contains(breakpoint.id)).toList();
        if (chosen.isEmpty() && !ids.all()) {
            throw new EngineException("no breakpoint " + ids.text() + " (bl lists them)");
        }
        return chosen;
    }

    private int freeId() throws EngineException {
        int id = 0;
        while (byId.containsKey(id)) {
            id++;
        }
        if (id > BreakpointIds.MAX_ID) {
            throw new EngineException("too many breakpoints (at most " + (BreakpointIds.MAX_ID + 1) + "); bc some");
        }
        return id;
    }

    /**
     * {@code  0 e    0001 (0001)  0:**** Loop.work+0x3 [Loop.java @ 12] /w "i == 7" "dv; g"}; a
     * watchpoint's place is its access and field, {@code w Loop.total}.
     */
    private String listing(Breakpoint breakpoint) {
        String state = (breakpoint.enabled ? "e" : "d") + (breakpoint.requests.isEmpty() ? "u" : "");
        String where = where(breakpoint);
        String condition = breakpoint.spec.condition().map(text -> " /w \"" + text.text() + "\"").orElse("");
        String commands = breakpoint.spec.commands().map(text -> " \"" + text + "\"").orElse("");
        return String.format("%2d %-4s %04d (%04d)  0:**** %s%s%s", breakpoint.id, state, breakpoint.passesLeft(),
                breakpoint.spec.passes(), where, condition, commands);
    }

    /**
     * Where the breakpoint is: the location as typed in parentheses while unresolved; its place,
     * however many class loaders hold it; or, for several overloads, the location as typed and the
     * number of places.
     */
    private static String where(Breakpoint breakpoint) {
        if (breakpoint.requests.isEmpty()) {
            return "(" + breakpoint.spec.location().text() + ")";
        }
        if (breakpoint.spec.location() instanceof CodeLocation.FieldAccess access) {
            return access.text(); // the same field, whichever class loaders hold it
        }
        List<String> places = breakpoint.requests.stream()
                .map(request -> LocationText.of(((BreakpointRequest) request).location())).distinct().toList();
        return places.size() == 1 ? places.get(0)
                : breakpoint.spec.location().text() + " (" + places.size() + " places)";
    }

    /**
     * Why a source line's breakpoint found no code in the classes of its file loaded so far, if any
     * are: {@code Cart.java as loaded so far has no code at line 17; the nearest lines 15 and 19 have code}.
     */
    private Optional<String> noCodeYet(CodeLocation location) {
        if (!(location instanceof CodeLocation.SourceLine line)) {
            return Optional.empty();
        }
        try {
            List<ReferenceType> loaded = CodeResolver.loaded(vm, location);
            if (loaded.isEmpty()) {
                return Optional.empty();
            }
            TreeSet<Integer> lines = new TreeSet<>();
            loaded.forEach(type -> lines.addAll(CodeResolver.lines(type)));
            return Optional.of(CodeResolver.noCode(line.sourceName() + " as loaded so far", line.line(), lines));
        } catch (VMDisconnectedException e) {
            return Optional.empty(); // the breakpoint is made: only the reason it waits is lost with the target
        }
    }

    private static String name(Breakpoint breakpoint) {
        return breakpoint.id == Breakpoint.UNLISTED ? "g's breakpoint" : "Breakpoint " + breakpoint.id;
    }

    private static String waitsFor(CodeLocation location) {
        if (location instanceof CodeLocation.SourceLine line) {
            return "a class of " + line.sourceName() + " with code at line " + line.line();
        }
        return CodeResolver.className(location);
    }

    /** A JDI call made for a command: a target that is gone or refuses becomes one line. */
    private static void guarded(JdiAction action) throws EngineException {
        try {
            action.run();
        } catch (VMDisconnectedException e) {
            throw new EngineException("the target is gone");
        } catch (RuntimeException e) {
            LOG.warn("the target refused a request", e);
            throw new EngineException("the target refused the request (" + e.getClass().getSimpleName() + ")");
        }
    }

    @FunctionalInterface
    private interface JdiAction {
        void run() throws EngineException;
    }
}
