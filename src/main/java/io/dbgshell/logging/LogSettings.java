package io.dbgshell.logging;

import io.dbgshell.config.Setting;

/** The tunables of the log file; the values in force come from a {@link io.dbgshell.config.Tunables}. */
public final class LogSettings {
    /** A log that grows past this many bytes is kept as {@code NAME.1} (replacing the older backup) and a new one begun. So the log takes at most twice this on disk. */
    public static final Setting<Integer> ROTATE_BYTES = Setting.positive("log-rotate-bytes", 10 << 20);

    private LogSettings() {
    }
}
