package io.dbgshell.config;

import java.util.HashMap;
import java.util.Map;

/**
 * The values in force for every {@link Setting}: the defaults, except those changed with
 * {@link #with}. Immutable, so one instance is shared by every part of a process; a test shrinks a
 * bound by naming its setting ({@code Tunables.DEFAULTS.with(SessionSettings.HISTORY_LINES, 3)}).
 * Components read the values they use once, when they are built.
 */
public final class Tunables {
    /** Every setting at its default. */
    public static final Tunables DEFAULTS = new Tunables(Map.of());

    private final Map<Setting<?>, Object> changed;

    private Tunables(Map<Setting<?>, Object> changed) {
        this.changed = changed;
    }

    /** The value of {@code setting} in force here. */
    public <T> T get(Setting<T> setting) {
        Object value = changed.get(setting);
        return value == null ? setting.defaultValue() : setting.type().cast(value);
    }

    /** These values with {@code setting} set to {@code value}; IllegalArgumentException if the setting refuses it. */
    public <T> Tunables with(Setting<T> setting, T value) {
        Map<Setting<?>, Object> copy = new HashMap<>(changed);
        copy.put(setting, setting.checked(value));
        return new Tunables(Map.copyOf(copy));
    }

    @Override
    public String toString() {
        return changed.isEmpty() ? "defaults" : "defaults with " + changed;
    }
}
