package io.dbgshell.transport;

/**
 * A transport could not listen or connect. The message is one line meant for a person (it names the
 * port, pipe or device); the cause, if any, goes to the log only.
 */
public final class TransportException extends Exception {
    public TransportException(String message) {
        super(message);
    }

    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
