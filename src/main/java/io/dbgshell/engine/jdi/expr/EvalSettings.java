package io.dbgshell.engine.jdi.expr;

import io.dbgshell.config.Setting;

import java.time.Duration;

/** Every tunable of evaluating an expression: the bounds on a call into the target. */
public final class EvalSettings {
    /** How long one call into the target may run before it is abandoned: long enough for real work, short enough to wait for. */
    public static final Setting<Duration> CALL_TIME_LIMIT = Setting.duration("call-time-limit", Duration.ofSeconds(5));

    /** How long an abandoned call may take to unwind before its thread is left in it (blocked on a monitor, in native code). */
    public static final Setting<Duration> CALL_STOP_GRACE = Setting.duration("call-stop-grace", Duration.ofSeconds(2));

    /** How long the loop that unwinds an abandoned call waits between two of its steps. */
    public static final Setting<Duration> CALL_UNWIND_STEP = Setting.duration("call-unwind-step", Duration.ofMillis(50));

    private EvalSettings() {
    }
}
