package io.dbgshell.client;

import io.dbgshell.config.Setting;

/** The tunables of a {@code -remote} client; the values in force come from a {@link io.dbgshell.config.Tunables}. */
public final class ClientSettings {
    /** The most command names taken from a host for completion. A real host registers about fifty. */
    public static final Setting<Integer> COMMAND_NAMES = Setting.atLeast("completion-names", 0, 1000);
    /** The longest command name taken from a host for completion. The longest real one is ten characters. */
    public static final Setting<Integer> COMMAND_NAME_CHARS = Setting.positive("completion-name-chars", 32);

    private ClientSettings() {
    }
}
