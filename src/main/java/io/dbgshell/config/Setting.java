package io.dbgshell.config;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One tunable: its name, its type, its default and what values it accepts. Each module declares all
 * of its settings as constants of one class ({@code SessionSettings}, {@code JdiSettings}, ...), each
 * with one javadoc line; the values in force are read from a {@link Tunables}.
 *
 * <p>A class, not a record: a setting is a constant, equal only to itself (two with one name are
 * refused by {@code SettingsTableTest}), and {@link Tunables} keys a map by it at start-up, where a
 * record's {@code hashCode} would first spin its method handles (about 20 ms of the first prompt).
 */
public final class Setting<T> {
    private final String name;
    private final Class<T> type;
    private final T defaultValue;
    private final Predicate<? super T> accepts;
    private final String constraint;

    /**
     * @param name         the constant's name in words, as error messages and docs say it ({@code history-lines})
     * @param type         the value's type
     * @param defaultValue the value when nobody has changed it
     * @param accepts      true for an allowed value
     * @param constraint   what {@code accepts} asks, in words, for the error that refuses a value
     */
    public Setting(String name, Class<T> type, T defaultValue, Predicate<? super T> accepts, String constraint) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue");
        this.accepts = accepts;
        this.constraint = constraint;
        if (!accepts.test(defaultValue)) {
            throw new IllegalArgumentException(name + ": default " + defaultValue + " is not " + constraint);
        }
    }

    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    public T defaultValue() {
        return defaultValue;
    }

    /** A time that must be positive. */
    public static Setting<Duration> duration(String name, Duration defaultValue) {
        return new Setting<>(name, Duration.class, defaultValue, value -> value.compareTo(Duration.ZERO) > 0,
                "a positive duration");
    }

    /** A time that may be zero (nothing to wait for). */
    public static Setting<Duration> delay(String name, Duration defaultValue) {
        return new Setting<>(name, Duration.class, defaultValue, value -> !value.isNegative(),
                "a duration of zero or more");
    }

    /** A count or size of at least {@code min}. */
    public static Setting<Integer> atLeast(String name, int min, int defaultValue) {
        return new Setting<>(name, Integer.class, defaultValue, value -> value >= min, "at least " + min);
    }

    /** A count, size or percentage from {@code min} to {@code max}, both included. */
    public static Setting<Integer> between(String name, int min, int max, int defaultValue) {
        return new Setting<>(name, Integer.class, defaultValue, value -> value >= min && value <= max,
                "from " + min + " to " + max);
    }

    /** A count or size of at least 1. */
    public static Setting<Integer> positive(String name, int defaultValue) {
        return atLeast(name, 1, defaultValue);
    }

    /** Any value of the type that is not null. */
    public static <T> Setting<T> of(String name, Class<T> type, T defaultValue) {
        return new Setting<>(name, type, defaultValue, value -> true, "allowed");
    }

    /** A list of words, none of them blank (the step filter's patterns). */
    @SuppressWarnings("unchecked") // List.class stands for every List<String>: Class has no generic form
    public static Setting<List<String>> words(String name, List<String> defaultValue) {
        return new Setting<>(name, (Class<List<String>>) (Class<?>) List.class, List.copyOf(defaultValue),
                value -> value.stream().allMatch(word -> word != null && !word.isBlank()),
                "a list of words");
    }

    /** {@code value} when this setting accepts it, else an IllegalArgumentException naming the setting. */
    T checked(Object value) {
        T typed = type.cast(Objects.requireNonNull(value, name));
        if (!accepts.test(typed)) {
            throw new IllegalArgumentException(name + ": " + value + " is not " + constraint);
        }
        return typed;
    }

    @Override
    public String toString() {
        return name;
    }
}
