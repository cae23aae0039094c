package io.dbgshell.command.debug;

import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandRegistry;
import io.dbgshell.command.CommandTrait;
import io.dbgshell.engine.Debugger;
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
     * Every debugging command, as a host wires them: this table, the breakpoint and event-filter
     * table, the inspection tables, and {@code .break}.
     */
    public static CommandRegistry registerAll(CommandRegistry registry, Debugger debugger) {
        register(registry, debugger.targets(), debugger.running(), debugger.threads());
        BreakpointCommands.register(registry, debugger.breakpoints());
        InspectionCommands.register(registry, debugger.frames());
        ProgramCommands.register(registry, debugger.program());
        return registry.register(new BreakCommand(debugger.engine()));
    }

    public static CommandRegistry register(CommandRegistry registry, TargetControl targets, RunControl running,
                                           ThreadView threads) {
        return registry
                .register(new CreateCommand(targets))
                .register(new AttachCommand(targets))
                .register(new DebugRow(CommandInfo.of(".tlist", "", "list the JVMs on this machine",
                        CommandTrait.LOOKS, CommandTrait.HOST_RESOURCES),
                        context -> targets.localJvms().forEach(context::println)))
                .register(new DebugRow(CommandInfo.of(".detach", "",
                        "let the target go: breakpoints removed, every thread runs on", CommandTrait.CHANGES),
                        context -> context.println(targets.detach())))
                .register(new DebugRow(CommandInfo.of("qd", "", "detach from the target, then quit as q does",
                        CommandTrait.CHANGES), context -> {
                            context.println(targets.detach());
                            context.quit();
                        }))
                .register(new DebugRow(CommandInfo.of(".kill", "", "end the target", CommandTrait.CHANGES),
                        context -> context.println(targets.kill())))
                .register(new GoCommand(running))
                .register(new StepCommand("p", StepKind.OVER, "step over COUNT lines (default 1)", running))
                .register(new StepCommand("t", StepKind.INTO, "step into COUNT lines, outside the step filter", running))
                .register(new DebugRow(CommandInfo.of("gu", "", "run until the current method returns",
                        CommandTrait.CHANGES, CommandTrait.NEEDS_STOPPED_TARGET),
                        context -> context.continueAfter(running.step(StepKind.OUT, 1))))
                .register(new StepFilterCommand(running))
                .register(new ThreadCommand(threads))
                .register(StackCommand.calls(threads))
                .register(StackCommand.arguments(threads));
    }
}
