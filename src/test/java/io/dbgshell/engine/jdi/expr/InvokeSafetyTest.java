package io.dbgshell.engine.jdi.expr;

import com.sun.jdi.Location;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.request.BreakpointRequest;
import com.sun.jdi.request.EventRequest;
import com.sun.jdi.request.EventRequestManager;
import io.dbgshell.engine.expr.Expression;
import io.dbgshell.testing.TargetJvm;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Calls into the target made safe to share: a call that never returns is abandoned at the time
 * limit and the target stays usable; a breakpoint inside a called method does not fire during the
 * call; the requests enabled before a call, and only those, are enabled after it.
 */
class InvokeSafetyTest extends SubjectTarget {
    private static String eval(String text, EvalPolicy policy) throws Exception {
        return eval(text, 0, policy);
    }

    @Test
    void aCallThatNeverReturnsIsAbandonedAndTheTargetStaysUsable() throws Exception {
        EvalPolicy shortLimit = EvalPolicy.INVOKE.withTimeLimit(Duration.ofMillis(500));
        Expression spin = Expression.parse("spin()");
        long start = System.nanoTime();
        assertThatThrownBy(() -> evaluator.evaluate(spin, target.thread, 0, shortLimit))
                .isInstanceOf(EvalException.class)
                .hasMessage("demo.Subject.spin() did not return within 500 ms and was abandoned "
                        + "(its frames were made to return early in thread main; its side effects so far remain)");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).isLessThan(Duration.ofMillis(500).plus(EvalSettings.CALL_STOP_GRACE.defaultValue()));

        assertThat(eval("local", EvalPolicy.READ_ONLY)).isEqualTo("42");
        assertThat(eval("twice(21) + count", EvalPolicy.INVOKE)).isEqualTo("63");
        assertThat(target.thread.frame(0).location().method().name()).isEqualTo("probe");
    }

    @Test
    void callsThatWouldEndTheTargetAreRefusedAndItStaysUsable() throws Exception {
        EvalPolicy limit = EvalPolicy.INVOKE.withTimeLimit(Duration.ofSeconds(10));
        assertThatThrownBy(() -> eval("System.exit(3)", limit)).isInstanceOf(EvalException.class)
                .hasMessageStartingWith("will not call ").hasMessageContaining("exit").hasMessageEndingWith("(.kill ends the target)");
        assertThatThrownBy(() -> eval("Runtime.getRuntime().halt(1)", limit)).hasMessageContaining("halt");
        assertThatThrownBy(() -> eval("Runtime.getRuntime().exit(2)", limit)).hasMessageContaining("exit");
        assertThat(eval("twice(21)", limit)).isEqualTo("42");
        assertThat(target.process.isAlive()).isTrue();
    }

    @Test
    void aBreakpointInACalledMethodDoesNotFireAndRequestsComeBackAsTheyWere() throws Exception {
        EventRequestManager requests = target.vm.eventRequestManager();
        ReferenceType subject = target.vm.classesByName(CLASS).get(0);
        int line = TargetJvm.lineOf(source(), "// MARKED");
        Location inMarked = subject.locationsOfLine(line).get(0);
        BreakpointRequest enabled = requests.createBreakpointRequest(inMarked);
        enabled.setSuspendPolicy(EventRequest.SUSPEND_ALL);
        enabled.enable();
        BreakpointRequest disabled = requests.createBreakpointRequest(inMarked);
        try {
            int before = Integer.parseInt(eval("marks", EvalPolicy.READ_ONLY));
            EvalPolicy limit = EvalPolicy.INVOKE.withTimeLimit(Duration.ofSeconds(10));
            assertThat(eval("marked()", limit)).isEqualTo("42");
            assertThat(eval("marked() + marked()", limit)).isEqualTo("84");
            assertThat(eval("marks", EvalPolicy.READ_ONLY)).isEqualTo(String.valueOf(before + 3));
            assertThat(enabled.isEnabled()).isTrue();
            assertThat(disabled.isEnabled()).isFalse();
        } finally {
            requests.deleteEventRequest(enabled);
            requests.deleteEventRequest(disabled);
        }
    }
}
