package io.dbgshell.engine;

import java.util.List;
import java.util.function.Function;

/**
 * What the breakpoint commands ({@code bp}, {@code bu}, {@code bm}, {@code bl}, {@code bc},
 * {@code bd}, {@code be}) ask of an engine. Callable whether the target runs, is stopped or is
 * absent (breakpoints then wait for one). Each method returns the lines to show, and fails with
 * one line.
 */
public interface BreakpointControl {

    /**
     * Sets a breakpoint; where the class is not loaded yet (or no target is attached) it is
     * deferred until the class loads, in every class loader that loads it.
     *
     * @param deferred {@code bu}: never complain that the class is not loaded
     * @return what to tell the user (a deferral notice), often nothing
     */
    List<String> set(BreakpointSpec spec, boolean deferred) throws EngineException;

    /**
     * {@code bm}: one breakpoint for every method of a loaded class matching
     * {@code CLASS_PATTERN.METHOD_PATTERN} ({@code *} and {@code ?} wildcards).
     *
     * @param specAt the breakpoint to set at each matching method
     * @return one line per breakpoint set
     */
    List<String> setMatching(String pattern, Function<CodeLocation, BreakpointSpec> specAt) throws EngineException;

    /** The {@code bl} lines, by ID. */
    List<String> list();

    /** {@code bc}: deletes breakpoints; fails if none of {@code ids} exists. */
    void clear(BreakpointIds ids) throws EngineException;

    /** {@code bd} (false) and {@code be} (true); fails if none of {@code ids} exists. */
    void enable(BreakpointIds ids, boolean enabled) throws EngineException;

    /** {@code sxe}, {@code sxd}, {@code sxn}, {@code sxi}: what an event does from now on. */
    void filter(EventFilter filter, EventAction action) throws EngineException;

    /** The {@code sx} lines: every event code and exception filter with its action. */
    List<String> filters();
}
