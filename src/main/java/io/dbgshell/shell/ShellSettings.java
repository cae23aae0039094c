package io.dbgshell.shell;

import io.dbgshell.config.Setting;

/** The tunables of the consoles; the values in force come from a {@link io.dbgshell.config.Tunables}. */
public final class ShellSettings {
    /** Characters of output waiting for the host's console when it stops taking output. 4 Mi, as many as a client may have bytes waiting. */
    public static final Setting<Integer> CONSOLE_QUEUE_CHARS = Setting.positive("console-queue-chars", 4 << 20);

    private ShellSettings() {
    }
}
