package io.dbgshell.command;

import io.dbgshell.config.Setting;

/** The tunables of running commands and scripts; the values in force come from a {@link io.dbgshell.config.Tunables}. */
public final class CommandSettings {
    /** The largest script file that runs, in bytes: far beyond a hand-written script, far below a memory risk. */
    public static final Setting<Integer> SCRIPT_BYTES = Setting.positive("script-bytes", 1024 * 1024);
    /** The most scripts that may run inside one another: recursion is allowed (windbg-notes §5.3), but not without end. */
    public static final Setting<Integer> SCRIPT_DEPTH = Setting.positive("script-depth", 32);

    private CommandSettings() {
    }
}
