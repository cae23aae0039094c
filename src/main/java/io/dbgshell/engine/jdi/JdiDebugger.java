package io.dbgshell.engine.jdi;

import io.dbgshell.engine.BreakpointControl;

/**
 * The JDI engine as the command line wires it: its core, and the breakpoints and event filters
 * that are its event rules. The session gets the engine; the commands get both.
 */
public record JdiDebugger(JdiEngine engine, BreakpointControl breakpoints) {

    public static JdiDebugger create(JdiSettings settings) {
        Breakpoints breakpoints = new Breakpoints();
        return new JdiDebugger(new JdiEngine(settings, breakpoints), breakpoints);
    }
}
