package io.dbgshell.command.debug;

import io.dbgshell.command.CommandRegistry;
import io.dbgshell.engine.FrameView;

/** The commands that read the selected frame (ENGINE.md §5): {@code .frame}, {@code dv}, {@code dx}, {@code ??}, {@code .printf}. */
public final class InspectionCommands {
    private InspectionCommands() {
    }

    public static CommandRegistry register(CommandRegistry registry, FrameView frames) {
        return registry;
    }
}
