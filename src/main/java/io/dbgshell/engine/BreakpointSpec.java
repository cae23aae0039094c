package io.dbgshell.engine;

import io.dbgshell.engine.expr.Expression;

import java.util.Optional;

/**
 * A breakpoint as the user asked for it ({@code bp [/1] [/w "CONDITION"] LOCATION [PASSES] ["COMMANDS"]},
 * or a watchpoint, {@code ba r|w ...}, whose location is a {@link CodeLocation.FieldAccess}).
 *
 * @param location  where
 * @param oneHit    {@code /1}: deleted after its first hit
 * @param passes    break on this hit and every one after it (1: every hit)
 * @param commands  run when it hits; ending in {@code g} makes a logpoint
 * @param condition {@code /w}: parsed once, evaluated at every hit; the hit breaks only when it is true
 */
public record BreakpointSpec(CodeLocation location, boolean oneHit, int passes, Optional<String> commands,
                             Optional<Expression> condition) {
    /** The largest pass count; WinDbg's listing has four digits for it. */
    public static final int MAX_PASSES = 9999;

    public BreakpointSpec {
        if (passes < 1 || passes > MAX_PASSES) {
            throw new IllegalArgumentException("passes out of range: " + passes);
        }
    }

    /** A breakpoint without a condition. */
    public BreakpointSpec(CodeLocation location, boolean oneHit, int passes, Optional<String> commands) {
        this(location, oneHit, passes, commands, Optional.empty());
    }
}
