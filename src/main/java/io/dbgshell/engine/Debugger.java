package io.dbgshell.engine;

/**
 * One engine as its commands see it, by role: the session holds only {@link #engine()}, each table
 * of commands takes the interfaces it uses.
 */
public interface Debugger {

    Engine engine();

    TargetControl targets();

    RunControl running();

    ThreadView threads();

    BreakpointControl breakpoints();

    FrameView frames();

    ProgramView program();
}
