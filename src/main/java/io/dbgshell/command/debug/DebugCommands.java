package io.dbgshell.command.debug;

import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandRegistry;
import io.dbgshell.command.CommandTrait;
import io.dbgshell.engine.Debugger;
import io.dbgshell.engine.RunControl;
import io.dbgshell.engine.StepKind;
import io.dbgshell.engine.TargetControl;
import io.dbgshell.engine.ThreadView;

import java.util.List;

/**
 * The engine's core commands as a table (ENGINE.md §1-§2): targets, running, stepping, threads and
 * stacks. Each command is one row; one with more to parse keeps that in a class that makes its row.
 */
public final class DebugCommands {
    private static final String CREATE_FORM = "java [OPTIONS] CLASS|-jar JAR [ARGS]";

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
                .register(new DebugCommand(CommandInfo.of(".create", CREATE_FORM,
                        "start a Java program under the debugger, stopped before main", CommandTrait.CHANGES,
                        CommandTrait.HOST_RESOURCES), (context, arguments) -> {
                            List<String> command = Words.split(".create", arguments);
                            if (command.size() < 2) {
                                throw new CommandException(".create needs a Java command line: .create " + CREATE_FORM);
                            }
                            context.println(targets.create(command));
                        }))
                .register(new DebugCommand(CommandInfo.of(".attach", "PID|HOST:PORT",
                        "debug a running JVM (a local process id, or a JDWP agent's address)", CommandTrait.CHANGES,
                        CommandTrait.HOST_RESOURCES), (context, arguments) -> {
                            AttachTarget target = AttachTarget.parse(".attach", arguments);
                            context.println(target.byPid() ? targets.attach(target.pid())
                                    : targets.attach(target.host(), target.port()));
                        }))
                .register(DebugCommand.noArguments(CommandInfo.of(".tlist", "", "list the JVMs on this machine",
                        CommandTrait.LOOKS, CommandTrait.HOST_RESOURCES),
                        context -> targets.localJvms().forEach(context::println)))
                .register(DebugCommand.noArguments(CommandInfo.of(".detach", "",
                        "let the target go: breakpoints removed, every thread runs on", CommandTrait.CHANGES),
                        context -> context.println(targets.detach())))
                .register(DebugCommand.noArguments(CommandInfo.of("qd", "", "detach from the target, then quit as q does",
                        CommandTrait.CHANGES), context -> {
                            context.println(targets.detach());
                            context.quit();
                        }))
                .register(DebugCommand.noArguments(CommandInfo.of(".kill", "", "end the target", CommandTrait.CHANGES),
                        context -> context.println(targets.kill())))
                .register(new DebugCommand(CommandInfo.of("g", "[LOCATION]",
                        "resume the target (until LOCATION, e.g. g Loop:12)", CommandTrait.CHANGES,
                        CommandTrait.NEEDS_STOPPED_TARGET), (context, location) ->
                        context.continueAfter(location.isEmpty() ? running.go() : running.goTo(location))))
                .register(StepCommand.row("p", StepKind.OVER, "step over COUNT lines (default 1)", running))
                .register(StepCommand.row("t", StepKind.INTO, "step into COUNT lines, outside the step filter", running))
                .register(DebugCommand.noArguments(CommandInfo.of("gu", "", "run until the current method returns",
                        CommandTrait.CHANGES, CommandTrait.NEEDS_STOPPED_TARGET),
                        context -> context.continueAfter(running.step(StepKind.OUT, 1))))
                .register(StepFilterCommand.row(running))
                .register(ThreadCommand.row(threads))
                .register(StackCommand.calls(threads))
                .register(StackCommand.arguments(threads));
    }
}
