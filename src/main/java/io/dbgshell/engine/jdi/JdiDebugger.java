package io.dbgshell.engine.jdi;

import io.dbgshell.config.Tunables;
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

    /** @param tunables the values of {@link JdiSettings} and the engine's other settings classes */
    public static JdiDebugger create(Tunables tunables) {
        JdiThreadFailures.install();
        Breakpoints breakpoints = new Breakpoints(tunables);
        JdiEngine engine = new JdiEngine(tunables, breakpoints);
        return new JdiDebugger(engine, breakpoints, new JdiFrames(engine, tunables), new JdiProgram(engine, tunables));
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
