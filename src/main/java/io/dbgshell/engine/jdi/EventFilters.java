package io.dbgshell.engine.jdi;

import com.sun.jdi.ClassType;
import com.sun.jdi.Field;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.StringReference;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.Value;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.event.ClassPrepareEvent;
import com.sun.jdi.event.Event;
import com.sun.jdi.event.ExceptionEvent;
import com.sun.jdi.event.ThreadDeathEvent;
import com.sun.jdi.event.ThreadStartEvent;
import com.sun.jdi.request.ClassPrepareRequest;
import com.sun.jdi.request.EventRequest;
import com.sun.jdi.request.EventRequestManager;
import com.sun.jdi.request.ExceptionRequest;
import io.dbgshell.engine.EventAction;
import io.dbgshell.engine.EventFilter;
import io.dbgshell.engine.EventFilter.Kind;
import io.dbgshell.engine.jdi.EventRules.EventContext;
import io.dbgshell.engine.jdi.EventRules.Verdict;
import io.dbgshell.engine.jdi.symbols.Wildcard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code sx*} filters (ENGINE.md §4) and the requests that report their events. An exception
 * takes the action of the most specific filter naming its class or a superclass ({@code *} holds
 * the default: uncaught ones break). The requests are made again whenever a filter changes, which
 * is rare; deciding an event takes only its own lookups. Guarded by the lock of {@link Breakpoints}.
 */
final class EventFilters {
    private final String ownerKey;
    private final int maxMessageChars;
    private final Map<String, EventAction> exceptions = new LinkedHashMap<>();
    private final Map<String, EventAction> classLoads = new LinkedHashMap<>();
    private final Map<Kind, EventAction> events = new EnumMap<>(Kind.class);
    private final List<EventRequest> requests = new ArrayList<>();
    private VirtualMachine vm;
    private EventContext context;
    /** The exception last decided, so that the same throw reported by two requests is announced once. */
    private Throw lastThrow;
    /**
     * The exception object last announced. Thrown again and caught again (a {@code finally} block, a
     * catch that rethrows it) it is the same exception on its way out, not a new first chance: Ant's
     * one failed task stopped nine times as it passed through nine frames. Its uncaught end is still told.
     */
    private ObjectReference lastAnnounced;

    /** The tag on a request: the filter it serves, or an exception class whose loads it watches. */
    private record Tag(Kind kind, String pattern) {
    }

    private record Throw(ThreadReference thread, ObjectReference exception, com.sun.jdi.Location location) {
    }

    EventFilters(String ownerKey, int maxMessageChars) {
        this.ownerKey = ownerKey;
        this.maxMessageChars = maxMessageChars;
        exceptions.put(EventFilter.ANY, EventAction.SECOND_CHANCE);
        classLoads.put(EventFilter.ANY, EventAction.IGNORE);
        events.put(Kind.THREAD_START, EventAction.IGNORE);
        events.put(Kind.THREAD_END, EventAction.IGNORE);
        events.put(Kind.EXIT, EventAction.OUTPUT);
        events.put(Kind.OUTPUT, EventAction.OUTPUT);
    }

    void attached(VirtualMachine target, EventContext eventContext) {
        vm = target;
        context = eventContext;
        makeRequests();
    }

    void detached() {
        vm = null;
        requests.clear();
        lastThrow = null;
        lastAnnounced = null;
    }

    boolean announces(Kind kind) {
        return events.get(kind) != EventAction.IGNORE;
    }

    void set(EventFilter filter, EventAction action) {
        switch (filter.kind()) {
            case EXCEPTION -> exceptions.put(filter.pattern(), action);
            case CLASS_LOAD -> classLoads.put(filter.pattern(), action);
            default -> events.put(filter.kind(), action);
        }
        if (vm != null) {
            vm.eventRequestManager().deleteEventRequests(requests);
            requests.clear();
            makeRequests();
        }
    }

    /** {@code   ct - Thread started - ignore}, then each class-load and exception filter. */
    List<String> listing() {
        List<String> lines = new ArrayList<>();
        for (Kind kind : List.of(Kind.THREAD_START, Kind.THREAD_END, Kind.EXIT, Kind.OUTPUT)) {
            lines.add(String.format("%4s - %s - %s", kind.code(), kind.title(), events.get(kind).description()));
        }
        classLoads.forEach((pattern, action) -> lines.add(String.format("%4s - %s - %s",
                new EventFilter(Kind.CLASS_LOAD, pattern).code(), Kind.CLASS_LOAD.title(), action.description())));
        exceptions.forEach((pattern, action) -> lines.add(String.format("%4s - %s - %s", pattern,
                pattern.equals(EventFilter.ANY) ? "Every exception" : "Exception", action.description())));
        return lines;
    }

    Verdict decide(Event event) {
        if (event instanceof ExceptionEvent thrown) {
            return exception(thrown);
        }
        Object owner = event.request() == null ? null : event.request().getProperty(ownerKey);
        if (!(owner instanceof Tag tag)) {
            return Verdict.IGNORE;
        }
        if (event instanceof ClassPrepareEvent prepared) {
            return classPrepared(tag, prepared.referenceType());
        }
        if (event instanceof ThreadStartEvent started) {
            return verdict(events.get(Kind.THREAD_START), threadLine(started.thread(), "started"));
        }
        if (event instanceof ThreadDeathEvent ended) {
            return verdict(events.get(Kind.THREAD_END), threadLine(ended.thread(), "ended"));
        }
        return Verdict.IGNORE;
    }

    private Verdict classPrepared(Tag tag, ReferenceType type) {
        if (tag.kind() == Kind.EXCEPTION) {
            // an exception class named by a filter loaded (in some class loader): watch it there too
            EventAction action = exceptions.get(tag.pattern());
            if (action != null && action != EventAction.IGNORE && type instanceof ClassType) {
                exceptionRequest(type, action);
            }
            return Verdict.IGNORE;
        }
        EventAction action = classLoads.get(tag.pattern());
        if (action == null || !Wildcard.of(tag.pattern()).matches(type.name())) {
            return Verdict.IGNORE;
        }
        return verdict(action, "Class loaded: " + type.name() + "\n");
    }

    private Verdict exception(ExceptionEvent event) {
        Throw current = new Throw(event.thread(), event.exception(), event.location());
        if (current.equals(lastThrow)) {
            return Verdict.IGNORE;
        }
        lastThrow = current;
        ReferenceType type = event.exception().referenceType();
        EventAction action = actionFor(type);
        boolean uncaught = event.catchLocation() == null;
        boolean stop = action == EventAction.BREAK || (action == EventAction.SECOND_CHANCE && uncaught);
        if (action == EventAction.IGNORE || (action == EventAction.SECOND_CHANCE && !uncaught)
                || (!uncaught && event.exception().equals(lastAnnounced))) {
            return Verdict.IGNORE;
        }
        lastAnnounced = event.exception();
        String pid = context.pid() < 0 ? "?" : Long.toHexString(context.pid());
        String message = message(event.exception()).map(text -> ": " + text).orElse("");
        String text = "(" + pid + "." + Integer.toHexString(context.threadNumber(event.thread())) + "): " + type.name()
                + message + " - " + (uncaught ? "second" : "first") + " chance\n" + LocationText.of(event.location()) + ":\n";
        return new Verdict(stop, text, Optional.empty());
    }

    /** The action of the nearest filter up the class's superclasses, or of {@code *}. */
    private EventAction actionFor(ReferenceType type) {
        for (ClassType cursor = type instanceof ClassType classType ? classType : null; cursor != null;
                cursor = cursor.superclass()) {
            EventAction action = exceptions.get(cursor.name());
            if (action != null) {
                return action;
            }
        }
        return exceptions.get(EventFilter.ANY);
    }

    /** The exception's own message field: reading it needs no method call in the target. */
    private Optional<String> message(ObjectReference exception) {
        ReferenceType throwable = exception.referenceType();
        while (throwable instanceof ClassType type && !type.name().equals("java.lang.Throwable")) {
            throwable = type.superclass();
        }
        Field field = throwable == null ? null : throwable.fieldByName("detailMessage");
        Value value = field == null ? null : exception.getValue(field);
        if (!(value instanceof StringReference string)) {
            return Optional.empty();
        }
        String text = string.value().replaceAll("\\R", " ");
        return Optional.of(text.length() > maxMessageChars ? text.substring(0, maxMessageChars) + "..." : text);
    }

    private String threadLine(ThreadReference thread, String what) {
        String name;
        try {
            name = thread.name();
        } catch (com.sun.jdi.ObjectCollectedException e) {
            name = "?";
        }
        return "Thread " + context.threadNumber(thread) + " " + what + ": \"" + name + "\"\n";
    }

    private static Verdict verdict(EventAction action, String text) {
        return switch (action) {
            case IGNORE -> Verdict.IGNORE;
            case BREAK -> new Verdict(true, text, Optional.empty());
            case SECOND_CHANCE, OUTPUT -> new Verdict(false, text, Optional.empty());
        };
    }

    private void makeRequests() {
        EventRequestManager manager = vm.eventRequestManager();
        exceptions.forEach((pattern, action) -> {
            if (action == EventAction.IGNORE) {
                return;
            }
            if (pattern.equals(EventFilter.ANY)) {
                exceptionRequest(null, action);
                return;
            }
            watch(manager.createClassPrepareRequest(), new Tag(Kind.EXCEPTION, pattern), pattern, EventRequest.SUSPEND_ALL);
            vm.classesByName(pattern).stream().filter(ReferenceType::isPrepared)
                    .forEach(type -> exceptionRequest(type, action));
        });
        classLoads.forEach((pattern, action) -> {
            if (action != EventAction.IGNORE) {
                watch(manager.createClassPrepareRequest(), new Tag(Kind.CLASS_LOAD, pattern),
                        Wildcard.of(pattern).targetFilter(), policy(action));
            }
        });
        if (events.get(Kind.THREAD_START) != EventAction.IGNORE) {
            watch(manager.createThreadStartRequest(), new Tag(Kind.THREAD_START, ""), "", policy(events.get(Kind.THREAD_START)));
        }
        if (events.get(Kind.THREAD_END) != EventAction.IGNORE) {
            watch(manager.createThreadDeathRequest(), new Tag(Kind.THREAD_END, ""), "", policy(events.get(Kind.THREAD_END)));
        }
    }

    /** Every exception request stops everything: which filter wins is known only when one fires. */
    private void exceptionRequest(ReferenceType type, EventAction action) {
        boolean caught = action == EventAction.BREAK || action == EventAction.OUTPUT;
        ExceptionRequest request = vm.eventRequestManager().createExceptionRequest(type, caught, true);
        request.putProperty(ownerKey, new Tag(Kind.EXCEPTION, type == null ? EventFilter.ANY : type.name()));
        request.setSuspendPolicy(EventRequest.SUSPEND_ALL);
        request.enable();
        requests.add(request);
    }

    private void watch(EventRequest request, Tag tag, String classFilter, int policy) {
        if (request instanceof ClassPrepareRequest prepare && !classFilter.isEmpty()) {
            prepare.addClassFilter(classFilter);
        }
        request.putProperty(ownerKey, tag);
        request.setSuspendPolicy(policy);
        request.enable();
        requests.add(request);
    }

    /** Only a filter that breaks suspends the target; one that only tells costs the target nothing. */
    private static int policy(EventAction action) {
        return action == EventAction.BREAK ? EventRequest.SUSPEND_ALL : EventRequest.SUSPEND_NONE;
    }
}
