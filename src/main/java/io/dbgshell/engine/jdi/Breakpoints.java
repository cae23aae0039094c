package io.dbgshell.engine.jdi;

import com.sun.jdi.Location;
import com.sun.jdi.Method;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.VMDisconnectedException;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.event.BreakpointEvent;
import com.sun.jdi.event.ClassPrepareEvent;
import com.sun.jdi.event.Event;
import com.sun.jdi.request.BreakpointRequest;
import com.sun.jdi.request.EventRequest;
import com.sun.jdi.request.EventRequestManager;
import io.dbgshell.engine.BreakpointControl;
import io.dbgshell.engine.BreakpointIds;
import io.dbgshell.engine.BreakpointSpec;
import io.dbgshell.engine.CodeLocation;
import io.dbgshell.engine.EngineException;
import io.dbgshell.engine.EventAction;
import io.dbgshell.engine.EventFilter;
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
 * The breakpoints and event filters of the JDI engine (ENGINE.md §3-§4). Commands call it on the
 * session thread and the core's event thread calls {@link #decide}; one lock guards the state, held
 * only for JDI calls that the target answers without running. Breakpoints outlive a target: they
 * are made again, deferred, in the next one.
 */
public final class Breakpoints implements EventRules, BreakpointControl {
    private static final Logger LOG = LoggerFactory.getLogger(Breakpoints.class);
    /** The request property naming the breakpoint or filter a request belongs to. */
    static final String OWNER = "dbgshell.owner";
    /** The most methods one {@code bm} sets breakpoints on; a broader pattern is refused. */
    public static final int MAX_MATCHES = 100;

    private final Object lock = new Object();
    private final TreeMap<Integer, Breakpoint> byId = new TreeMap<>();
    private final EventFilters filters = new EventFilters(OWNER);
    private VirtualMachine vm;
    private Breakpoint oneShot;

    @Override
    public void attached(VirtualMachine target, EventContext context) {
        synchronized (lock) {
            vm = target;
            filters.attached(target, context);
            for (Breakpoint breakpoint : byId.values()) {
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
            if (event instanceof BreakpointEvent hit) {
                return hit(breakpoint, hit);
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
                            if (!method.isAbstract() && !method.isNative() && !method.isSynthetic()
                                    && methods.matches(method.name())) {
                                matches.add(new CodeLocation.MethodEntry(type.name(), method.name(),
                                        Optional.of(method.argumentTypeNames())));
                            }
                        }
                    }
                    if (matches.size() > MAX_MATCHES) {
                        throw new EngineException(pattern + " matches more than " + MAX_MATCHES + " methods; narrow it");
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

    /** A breakpoint's request fired: what the hit means, on the event thread. */
    private Verdict hit(Breakpoint breakpoint, BreakpointEvent event) {
        if (breakpoint.continuesOnly && !breakpoint.spec.oneHit() && !breakpoint.counts() && !breakpoint.deleted) {
            // the logpoint's hot path: nothing to say, nothing to change, the core resumes the thread
            return Verdict.IGNORE;
        }
        synchronized (lock) {
            if (breakpoint.deleted) {
                return Verdict.IGNORE;
            }
            if (breakpoint.counts()) {
                // a count filter reports once: from now on every hit breaks, so re-arm without one
                breakpoint.passesReached = true;
                rearm(breakpoint);
            }
            if (breakpoint.spec.oneHit()) {
                delete(breakpoint);
            }
            if (breakpoint.id == Breakpoint.UNLISTED) {
                return new Verdict(true, LocationText.of(event.location()) + ":\n", Optional.empty());
            }
            if (breakpoint.continuesOnly) {
                return Verdict.IGNORE;
            }
            String announcement = breakpoint.logpoint ? ""
                    : "Breakpoint " + breakpoint.id + " hit\n" + LocationText.of(event.location()) + ":\n";
            return new Verdict(true, announcement, breakpoint.spec.commands());
        }
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
        for (ReferenceType type : CodeResolver.loaded(vm, location)) {
            // a line or method that is not there fails the command before anything is made
            CodeResolver.locations(location, type);
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
        for (Location location : CodeResolver.locations(breakpoint.spec.location(), type)) {
            breakpoint.requests.add(request(breakpoint, location));
        }
    }

    private BreakpointRequest request(Breakpoint breakpoint, Location location) {
        BreakpointRequest request = vm.eventRequestManager().createBreakpointRequest(location);
        request.putProperty(OWNER, breakpoint);
        // a hit that only continues stops just its own thread; a stop stops everything
        request.setSuspendPolicy(breakpoint.continuesOnly ? EventRequest.SUSPEND_EVENT_THREAD : EventRequest.SUSPEND_ALL);
        if (breakpoint.counts()) {
            request.addCountFilter(breakpoint.spec.passes());
        }
        request.setEnabled(breakpoint.enabled);
        return request;
    }

    private void rearm(Breakpoint breakpoint) {
        EventRequestManager manager = vm.eventRequestManager();
        List<BreakpointRequest> old = List.copyOf(breakpoint.requests);
        breakpoint.requests.clear();
        for (BreakpointRequest request : old) {
            manager.deleteEventRequest(request);
            breakpoint.requests.add(request(breakpoint, request.location()));
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
            throw new EngineException("no breakpoint with " + (ids.ranges().size() == 1 ? "that ID" : "those IDs")
                    + " (bl lists them)");
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

    /** {@code  0 e    0001 (0001)  0:**** Loop.work+0x3 [Loop.java @ 12] "dv; g"}. */
    private String listing(Breakpoint breakpoint) {
        String state = (breakpoint.enabled ? "e" : "d") + (breakpoint.requests.isEmpty() ? "u" : "");
        String where = where(breakpoint);
        String commands = breakpoint.spec.commands().map(text -> " \"" + text + "\"").orElse("");
        return String.format("%2d %-4s %04d (%04d)  0:**** %s%s", breakpoint.id, state, breakpoint.passesLeft(),
                breakpoint.spec.passes(), where, commands);
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
        List<String> places = breakpoint.requests.stream().map(request -> LocationText.of(request.location()))
                .distinct().toList();
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
        return location instanceof CodeLocation.ClassLine line ? line.className()
                : ((CodeLocation.MethodEntry) location).className();
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
