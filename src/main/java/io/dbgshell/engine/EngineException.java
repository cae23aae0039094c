package io.dbgshell.engine;

/**
 * A debugging request that cannot be done, with one line for the user (no JDI exception ever
 * reaches a person): the command shows it as {@code Error: message}.
 */
public class EngineException extends Exception {
    private static final long serialVersionUID = 1L;

    public EngineException(String message) {
        super(message);
    }
}
