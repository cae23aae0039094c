package io.dbgshell.engine;

/** How far one step goes. */
public enum StepKind {
    /** {@code p}: to the next line, over calls. */
    OVER,
    /** {@code t}: to the next line, into calls (outside the step filter). */
    INTO,
    /** {@code gu}: until the current method returns to its caller. */
    OUT
}
