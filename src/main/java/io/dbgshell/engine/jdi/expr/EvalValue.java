package io.dbgshell.engine.jdi.expr;

import com.sun.jdi.Value;

/**
 * The value of an expression: a value in the target, or a string the debugger made (a literal or a
 * concatenation) that exists only here until a call needs it in the target. Keeping such strings
 * here spares a round trip per string and leaves nothing behind in the target's heap.
 */
public sealed interface EvalValue {

    /** A value in the target; {@code value} is null for Java's {@code null}. */
    record Remote(Value value) implements EvalValue {
    }

    /** A string made by the debugger. */
    record Text(String text) implements EvalValue {
    }

    EvalValue NULL = new Remote(null);
}
