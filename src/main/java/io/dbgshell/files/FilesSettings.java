package io.dbgshell.files;

import io.dbgshell.config.Setting;

import java.time.Duration;

/** The tunables of opening user-named files; the values in force come from a {@link io.dbgshell.config.Tunables}. */
public final class FilesSettings {
    /**
     * How long opening a user-named file, reading all of a script, or looking at the directories of
     * the source path may take before the command gives up.
     */
    public static final Setting<Duration> OPEN_TIMEOUT = Setting.duration("file-open-timeout", Duration.ofSeconds(5));
    /** Helper threads opening files that may exist at once, stuck ones included; further opens are refused at once. */
    public static final Setting<Integer> OPEN_HELPERS = Setting.positive("file-open-helpers", 4);
    /** How long an idle helper thread is kept for the next open or look. */
    public static final Setting<Duration> HELPER_IDLE = Setting.duration("file-helper-idle", Duration.ofSeconds(30));

    private FilesSettings() {
    }
}
