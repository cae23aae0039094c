package io.dbgshell.engine.jdi.expr;

import com.sun.jdi.BooleanValue;
import com.sun.jdi.InternalException;
import com.sun.jdi.InvalidStackFrameException;
import com.sun.jdi.ObjectCollectedException;
import com.sun.jdi.PrimitiveValue;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.VMDisconnectedException;
import com.sun.jdi.VMOutOfMemoryException;
import io.dbgshell.config.Tunables;
import io.dbgshell.engine.expr.Expression;
import io.dbgshell.engine.expr.Node;
import io.dbgshell.engine.expr.SyntaxError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates parsed expressions against a thread's frame: what {@code ??}, {@code dx}, {@code /w}
 * conditions and {@code .printf} call. One per target connection (it keeps the error used to stop
 * overlong calls); callable from any one thread at a time per target thread. Every failure is an
 * {@link EvalException} with one line; no JDI exception escapes.
 */
public final class Evaluator {
    private static final Logger log = LoggerFactory.getLogger(Evaluator.class);

    private final Invoker invoker;

    /**
     * @param pause    how the target's event requests are turned off around a call (see {@link EventRequestsPause})
     * @param tunables the bounds on unwinding an overdue call ({@link EvalSettings})
     */
    public Evaluator(RequestsPause pause, Tunables tunables) {
        this.invoker = new Invoker(pause, tunables);
    }

    /**
     * The value of {@code expression} in frame {@code frameIndex} (0 the innermost) of {@code thread},
     * which must be suspended; method calls also need it stopped by an event. The frame is fetched
     * afresh, so a frame index stays good across resumes as long as the stack does.
     */
    public EvalValue evaluate(Expression expression, ThreadReference thread, int frameIndex, EvalPolicy policy)
            throws EvalException {
        return within(expression, thread, frameIndex, policy, (evaluation, root) -> evaluation.evaluate(root));
    }

    /**
     * Java's string conversion of the value of {@code expression} ({@code "" + EXPR}): what
     * {@code .printf}'s {@code %s} prints. An object's {@code toString()} runs in the target only when
     * {@code policy} allows calls; otherwise it is the text {@code dx} shows for it.
     */
    public String text(Expression expression, ThreadReference thread, int frameIndex, EvalPolicy policy)
            throws EvalException {
        return within(expression, thread, frameIndex, policy,
                (evaluation, root) -> Conversions.text(evaluation, evaluation.evaluate(root)));
    }

    /** One step of an evaluation; its JDI failures become one line in {@link #within}. */
    private interface Step<T> {
        T run(Evaluation evaluation, Node root) throws EvalException;
    }

    private <T> T within(Expression expression, ThreadReference thread, int frameIndex, EvalPolicy policy,
                         Step<T> step) throws EvalException {
        Evaluation evaluation = new Evaluation(thread, frameIndex, policy, invoker);
        try {
            return step.run(evaluation, expression.root());
        } catch (VMDisconnectedException e) {
            throw new EvalException("the target is gone");
        } catch (InvalidStackFrameException e) {
            throw new EvalException("the frame is no longer valid: thread " + thread.name() + " ran since it stopped");
        } catch (ObjectCollectedException e) {
            throw new EvalException("an object the expression used was garbage collected in the target; evaluate again");
        } catch (VMOutOfMemoryException e) {
            throw new EvalException("the target is out of memory");
        } catch (IllegalThreadStateException e) {
            throw new EvalException("thread " + thread.name() + " is not suspended");
        } catch (InternalException e) {
            log.debug("JDWP error evaluating '{}'", expression.text(), e);
            throw new EvalException("the target refused the evaluation (JDWP error " + e.errorCode() + ")");
        } catch (RuntimeException e) {
            log.warn("evaluating '{}' failed", expression.text(), e);
            throw new EvalException("cannot evaluate '" + expression.text() + "': " + e.getClass().getSimpleName());
        } finally {
            evaluation.release();
        }
    }

    /**
     * Parses {@code text} for a command; a syntax error is WinDbg's caret line, the caret
     * {@code indent} characters further in than the column (where the expression starts on the
     * line the user typed, behind a prompt as wide as {@code Error: }).
     */
    public static Expression parse(String text, int indent) throws EvalException {
        try {
            return Expression.parse(text);
        } catch (SyntaxError e) {
            throw new EvalException(e.caretLine(indent));
        }
    }

    /**
     * A condition ({@code bp /w}): true or false, a {@code Boolean} unboxed; anything else is an
     * error naming the type.
     */
    public boolean test(Expression expression, ThreadReference thread, int frameIndex, EvalPolicy policy)
            throws EvalException {
        EvalValue value = evaluate(expression, thread, frameIndex, policy);
        Object raw = value instanceof EvalValue.Remote remote ? remote.value() : null;
        if (raw instanceof BooleanValue bool) {
            return bool.value();
        }
        if (raw instanceof com.sun.jdi.ObjectReference object
                && Conversions.unboxed(object) instanceof BooleanValue boxed) {
            return boxed.value();
        }
        String type = value instanceof EvalValue.Text ? "java.lang.String"
                : raw == null ? "null" : raw instanceof PrimitiveValue p ? p.type().name()
                : ((com.sun.jdi.Value) raw).type().name();
        throw new EvalException("the condition '" + expression.text() + "' is " + type + ", not boolean");
    }
}
