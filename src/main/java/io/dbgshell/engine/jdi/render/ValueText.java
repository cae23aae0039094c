package io.dbgshell.engine.jdi.render;

import com.sun.jdi.Value;
import io.dbgshell.config.Tunables;

import java.util.function.Supplier;

/**
 * The one line that describes one value, whichever command shows it: {@code ??}'s result, a {@code dv}
 * line and the summary on a {@code dx} line are the same text for the same value. Primitives are Java
 * literals ({@code 42L}, {@code 1.5f}, {@code 'c'}); strings are quoted and escaped, cut after
 * {@link RenderSettings#MAX_STRING_CHARS} at its default (expressions and watchpoints make these
 * texts where no settings reach); other objects are what {@link ValueShapes} makes of them
 * ({@code { size=3 }}, {@code Point[x=1, y=2]}, {@code {Node@0x2f1}}).
 * Reads fields only: no code runs in the target.
 */
public final class ValueText {
    private static final Supplier<ValueShapes> SHAPES = ValueShapes.perCommand(Tunables.DEFAULTS);

    private ValueText() {
    }

    public static String of(Value value) {
        return SHAPES.get().summary(value);
    }

    /** A string the debugger made (a concatenation's result), shown as a target's string with that text. */
    public static String ofText(String text) {
        return new StringText(RenderSettings.MAX_STRING_CHARS.defaultValue()).ofText(text);
    }

    /**
     * A string's text as it is, unquoted, with what could drive a terminal escaped as in a quoted
     * string ({@code \n}, {@code \u001b}): {@code .printf}'s {@code %s}.
     */
    public static String escaped(String text) {
        return StringText.escape(text, '\n'); // '\n' has an escape of its own: no quote character is escaped
    }
}
