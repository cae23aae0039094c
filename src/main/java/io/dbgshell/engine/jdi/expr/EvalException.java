package io.dbgshell.engine.jdi.expr;

import io.dbgshell.engine.EngineException;

/**
 * An expression that cannot be evaluated, with one line saying why (an unknown name, a wrong type,
 * an exception thrown in the target, a call that ran too long); the command shows it as
 * {@code Error: message}.
 */
public class EvalException extends EngineException {
    private static final long serialVersionUID = 1L;

    public EvalException(String message) {
        super(message);
    }
}
