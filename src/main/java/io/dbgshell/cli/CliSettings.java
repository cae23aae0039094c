package io.dbgshell.cli;

import io.dbgshell.config.Setting;

import java.time.Duration;

/** The tunables of the dbgshell process itself; the values in force come from a {@link io.dbgshell.config.Tunables}. */
public final class CliSettings {
    /** How long a stop signal waits for the session to end, then again for its servers to close. So SIGTERM ends the process within about twice this, whatever a command is stuck in. */
    public static final Setting<Duration> STOP_GRACE = Setting.duration("stop-grace", Duration.ofSeconds(3));

    private CliSettings() {
    }
}
