package io.dbgshell.command.debug;

import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandRegistry;
import io.dbgshell.command.CommandTrait;
import io.dbgshell.engine.BreakpointControl;
import io.dbgshell.engine.BreakpointIds;
import io.dbgshell.engine.BreakpointSpec;
import io.dbgshell.engine.EventAction;
import io.dbgshell.engine.EventFilter;


/**
 * The breakpoint, watchpoint and event-filter commands (ENGINE.md §3-§5), one row each. None needs a stopped
 * target: breakpoints and filters can be changed while it runs, or before there is one.
 */
public final class BreakpointCommands {
    private static final String LOCATION_FORM = "[/1] [/w \"CONDITION\"] LOCATION [PASSES] [\"COMMANDS\"]";

    private BreakpointCommands() {
    }

    public static CommandRegistry register(CommandRegistry registry, BreakpointControl breakpoints) {
        registry.register(new SetBreakpointCommand<>(CommandInfo.of("bp", LOCATION_FORM,
                        "set a breakpoint (deferred if its class is not loaded yet)", CommandTrait.CHANGES,
                        CommandTrait.STORES_COMMANDS), arguments -> BreakpointLine.parse("bp", arguments),
                        BreakpointLine::commands, line -> breakpoints.set(line.spec(), false)))
                .register(new SetBreakpointCommand<>(CommandInfo.of("bu", LOCATION_FORM,
                        "set a breakpoint that waits for its class to load", CommandTrait.CHANGES,
                        CommandTrait.STORES_COMMANDS), arguments -> BreakpointLine.parse("bu", arguments),
                        BreakpointLine::commands, line -> breakpoints.set(line.spec(), true)))
                .register(new SetBreakpointCommand<>(CommandInfo.of("bm",
                        "[/1] [/w \"CONDITION\"] CLASS.METHOD-PATTERN [PASSES] [\"COMMANDS\"]",
                        "set a breakpoint on every loaded method matching a * and ? pattern", CommandTrait.CHANGES,
                        CommandTrait.STORES_COMMANDS), arguments -> BreakpointLine.parse("bm", arguments),
                        BreakpointLine::commands, line -> breakpoints.setMatching(line.target(), line::spec)))
                .register(new SetBreakpointCommand<>(CommandInfo.of("ba",
                        "r|w [/1] [/w \"CONDITION\"] CLASS.FIELD [PASSES] [\"COMMANDS\"]",
                        "break where a field is read (r) or written (w), deferred until its class loads",
                        CommandTrait.CHANGES, CommandTrait.STORES_COMMANDS), BreakpointLine::watch,
                        BreakpointSpec::commands, spec -> breakpoints.set(spec, false)))
                .register(DebugCommand.noArguments(CommandInfo.of("bl", "", "list the breakpoints", CommandTrait.LOOKS),
                        context -> breakpoints.list().forEach(context::println)))
                .register(new DebugCommand(CommandInfo.of("bc", "ID|ID-ID|*", "clear breakpoints", CommandTrait.CHANGES),
                        (context, arguments) -> breakpoints.clear(BreakpointIds.parse(arguments))))
                .register(enabling("bd", "disable breakpoints", false, breakpoints))
                .register(enabling("be", "enable breakpoints", true, breakpoints))
                .register(DebugCommand.noArguments(CommandInfo.of("sx", "", "list what each event and exception does",
                        CommandTrait.LOOKS, CommandTrait.NEVER_WAITS), context -> breakpoints.filters().forEach(context::println)));
        for (EventAction action : EventAction.values()) {
            registry.register(new DebugCommand(CommandInfo.of(action.command(), "EXCEPTION|*|ld[:PATTERN]|ct|et|epr|out",
                    "events and exceptions: " + action.description(), CommandTrait.CHANGES),
                    (context, arguments) -> breakpoints.filter(EventFilter.parse(arguments), action)));
        }
        return registry;
    }

    private static DebugCommand enabling(String name, String summary, boolean enabled, BreakpointControl breakpoints) {
        return new DebugCommand(CommandInfo.of(name, "ID|ID-ID|*", summary, CommandTrait.CHANGES),
                (context, arguments) -> breakpoints.enable(BreakpointIds.parse(arguments), enabled));
    }
}
