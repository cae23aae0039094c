package io.dbgshell.engine.jdi;

import io.dbgshell.engine.BreakpointControl;
import io.dbgshell.engine.Debugger;
import io.dbgshell.engine.FrameView;
import io.dbgshell.engine.ProgramView;
import io.dbgshell.engine.RunControl;
import io.dbgshell.engine.TargetControl;
import io.dbgshell.engine.ThreadView;

/**
 * The JDI engine as the command line wires it: its core, the breakpoints and event filters that are
 * its event rules, and the views that read a stopped target. The session gets the engine; the
 * commands get the rest.
 */
public record JdiDebugger(JdiEngine engine, BreakpointControl breakpoints, FrameView frames, ProgramView program)
        implements Debugger {

    public static JdiDebugger create(JdiSettings settings) {
        JdiThreadFailures.install();
        Breakpoints breakpoints = new Breakpoints();
        JdiEngine engine = new JdiEngine(settings, breakpoints);
        return new JdiDebugger(engine, breakpoints, new JdiFrames(engine), new JdiProgram(engine));
    }

    @Override
    public TargetControl targets() {
        return engine;
    }

    @Override
    public RunControl running() {
        return engine;
    }

    @Override
    public ThreadView threads() {
        return engine;
    }
}
