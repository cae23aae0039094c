package io.dbgshell.command.debug;

import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandRegistry;
import io.dbgshell.command.CommandTrait;
import io.dbgshell.engine.BreakpointControl;
import io.dbgshell.engine.Engine;
import io.dbgshell.engine.RunControl;
import io.dbgshell.engine.StepKind;
import io.dbgshell.engine.TargetControl;
import io.dbgshell.engine.ThreadView;

/**
 * The engine's core commands as a table (ENGINE.md §1-§2): targets, running, stepping, threads and
 * stacks. A command with arguments is one class and one line here; one that only does one thing
 * through the engine is just its row.
 */
public final class DebugCommands {
    private DebugCommands() {
    }

    /**
     * Every debugging command beside what {@code registry} holds: the core's, the breakpoints' and
     * {@code .break}. The one wiring the host and the benchmarks share, so they measure what users run.
     */
    public static <E extends Engine & TargetControl & RunControl & ThreadView> CommandRegistry registerAll(
            CommandRegistry registry, E engine, BreakpointControl breakpoints) {
        return BreakpointCommands.register(register(registry, engine), breakpoints).register(new BreakCommand(engine));
    }

    public static <E extends TargetControl & RunControl & ThreadView> CommandRegistry register(
            CommandRegistry registry, E engine) {
        return registry
                .register(new CreateCommand(engine))
                .register(new AttachCommand(engine))
                .register(new DebugRow(CommandInfo.of(".tlist", "", "list the JVMs on this machine"),
                        context -> engine.localJvms().forEach(context::println)))
                .register(new DebugRow(CommandInfo.of(".detach", "",
                        "let the target go: breakpoints removed, every thread runs on", CommandTrait.CHANGES_SESSION),
                        context -> context.println(engine.detach())))
                .register(new DebugRow(CommandInfo.of("qd", "", "detach from the target, then quit as q does",
                        CommandTrait.CHANGES_SESSION), context -> {
                            context.println(engine.detach());
                            context.quit();
                        }))
                .register(new DebugRow(CommandInfo.of(".kill", "", "end the target", CommandTrait.CHANGES_SESSION),
                        context -> context.println(engine.kill())))
                .register(new GoCommand(engine))
                .register(new StepCommand("p", StepKind.OVER, "step over COUNT lines (default 1)", engine))
                .register(new StepCommand("t", StepKind.INTO, "step into COUNT lines, outside the step filter", engine))
                .register(new DebugRow(CommandInfo.of("gu", "", "run until the current method returns",
                        CommandTrait.NEEDS_STOPPED_TARGET), context -> context.continueAfter(engine.step(StepKind.OUT, 1))))
                .register(new StepFilterCommand(engine))
                .register(new ThreadCommand(engine))
                .register(new StackCommand(engine));
    }
}
