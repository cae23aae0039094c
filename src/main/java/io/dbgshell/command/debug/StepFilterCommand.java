package io.dbgshell.command.debug;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandException;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandTrait;
import io.dbgshell.engine.RunControl;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code .stepfilter [PATTERN...] | /c}: show or replace the classes stepping does not stop in.
 * A pattern is a class name with at most one {@code *}, at its start or its end ({@code java.*},
 * {@code *.Generated}), as JDI's class exclusion filters take them; {@code ;} may separate them
 * inside quotes as in WinDbg's {@code .step_filter "a;b"}.
 */
final class StepFilterCommand {
    private static final CommandInfo INFO = CommandInfo.of(".stepfilter", "[PATTERN...] | /c",
            "show or set the classes p, t and gu do not stop in (/c: none)", CommandTrait.CHANGES);
    private static final String PATTERN = "\\*?[A-Za-z_$][A-Za-z0-9_$.]*\\*?|[A-Za-z_$][A-Za-z0-9_$.]*\\.\\*";

    private StepFilterCommand() {
    }

    static DebugCommand row(RunControl engine) {
        return new DebugCommand(INFO, (context, arguments) -> run(engine, context, arguments));
    }

    private static void run(RunControl engine, CommandContext context, String text) throws CommandException {
        if (text.equals("/c")) {
            engine.stepFilter(List.of());
        } else if (!text.isEmpty()) {
            List<String> patterns = new ArrayList<>();
            for (String word : Words.split(".stepfilter", text.replace(';', ' '))) {
                if (!word.matches(PATTERN) || (word.startsWith("*") && word.endsWith("*"))) {
                    throw new CommandException(".stepfilter: '" + word + "' is not a class pattern "
                            + "(a class name with one * at its start or end, e.g. java.*)");
                }
                patterns.add(word);
            }
            engine.stepFilter(patterns);
        }
        List<String> filter = engine.stepFilter();
        context.println(filter.isEmpty() ? "Step filter: none (t stops in every class)" : "Step filter:");
        filter.forEach(pattern -> context.println("  " + pattern));
    }
}
