package io.dbgshell.engine.jdi.expr;

import java.time.Duration;

/**
 * What an evaluation may do in the target.
 *
 * @param invoke    whether it may run target code: method calls, {@code new}, boxing an argument,
 *                  {@code toString()} in a string concatenation, loading a class not loaded yet
 * @param timeLimit how long one call may run before it is abandoned (docs/decisions.md)
 */
public record EvalPolicy(boolean invoke, Duration timeLimit) {
    /** Calls allowed, each within {@link EvalSettings#CALL_TIME_LIMIT}'s default: {@code ??} and {@code dx}. */
    public static final EvalPolicy INVOKE = new EvalPolicy(true, EvalSettings.CALL_TIME_LIMIT.defaultValue());

    /** Reads only: nothing runs in the target (a renderer that must not have side effects). */
    public static final EvalPolicy READ_ONLY = new EvalPolicy(false, EvalSettings.CALL_TIME_LIMIT.defaultValue());

    public EvalPolicy {
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("time limit must be positive: " + timeLimit);
        }
    }

    public EvalPolicy withTimeLimit(Duration limit) {
        return new EvalPolicy(invoke, limit);
    }
}
