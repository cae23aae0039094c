package io.dbgshell.engine.jdi.expr;

import io.dbgshell.engine.jdi.render.ValueText;

/** How {@code ??} shows a result: the one value text {@code dv} and {@code dx} show too ({@link ValueText}). */
public final class ValueFormat {
    private ValueFormat() {
    }

    public static String format(EvalValue value) {
        return value instanceof EvalValue.Text text ? ValueText.ofText(text.text())
                : ValueText.of(((EvalValue.Remote) value).value());
    }
}
