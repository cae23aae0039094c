package io.dbgshell.engine.jdi;

import com.sun.jdi.ReferenceType;
import com.sun.jdi.request.ClassPrepareRequest;
import com.sun.jdi.request.EventRequest;
import io.dbgshell.engine.BreakpointSpec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One breakpoint and its requests in the current target: one per location (a breakpoint request)
 * or field (a watchpoint request) in every class (and class loader) it resolved in, and the
 * class-prepare request that resolves it in classes loaded later. Guarded by the lock of
 * {@link Breakpoints}; the event thread reads {@link #deleted} and {@link #conditionFailed} without it.
 */
final class Breakpoint {
    /** The ID {@code g LOCATION}'s unlisted breakpoint has. */
    static final int UNLISTED = -1;

    final int id;
    final BreakpointSpec spec;
    /** Its commands are only {@code g}: a hit continues at once and says nothing. */
    final boolean continuesOnly;
    /** Its commands end in {@code g}: a logpoint, whose hit is announced only by its commands. */
    final boolean logpoint;
    final List<EventRequest> requests = new ArrayList<>();
    final Set<ReferenceType> resolvedIn = new HashSet<>();
    ClassPrepareRequest prepare;
    boolean enabled = true;
    /** The user has heard that its source line has no code in the file's top-level class. */
    boolean toldNoCode;
    /** The pass count was reached: every hit breaks now, and the requests carry no count filter. */
    boolean passesReached;
    volatile boolean deleted;
    /**
     * Its condition could not be evaluated at a hit, which stopped the target and said why: later
     * hits where it fails again go on silently, so a bad condition on a busy line stops once, not at
     * every hit. Cleared by {@code be} and by a new target.
     */
    volatile boolean conditionFailed;

    Breakpoint(int id, BreakpointSpec spec) {
        this.id = id;
        this.spec = spec;
        Optional<String> commands = spec.commands();
        this.continuesOnly = commands.map(Breakpoint::onlyGo).orElse(false);
        this.logpoint = commands.map(Breakpoint::endsWithGo).orElse(false);
    }

    /**
     * Whether a hit needs the target only long enough for the event thread to decide: a logpoint
     * that only continues, or a condition that may be false. Its requests then stop the event's
     * thread alone, and the engine stops the rest only if the hit becomes a stop.
     */
    boolean decidesAlone() {
        return continuesOnly || spec.condition().isPresent();
    }

    /** Counted hits are counted in the target, by a count filter, until the pass count is reached. */
    boolean counts() {
        return spec.passes() > 1 && !passesReached;
    }

    int passesLeft() {
        return passesReached ? 1 : spec.passes();
    }

    private static boolean onlyGo(String commands) {
        return commands.replace(';', ' ').strip().equals("g");
    }

    private static boolean endsWithGo(String commands) {
        String trimmed = commands.strip();
        while (trimmed.endsWith(";")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        int last = trimmed.lastIndexOf(';');
        return trimmed.substring(last + 1).strip().equals("g");
    }
}
