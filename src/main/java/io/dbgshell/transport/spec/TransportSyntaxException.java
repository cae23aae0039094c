package io.dbgshell.transport.spec;

/** A transport string that does not parse; the message names the offending token and is shown as is. */
public final class TransportSyntaxException extends Exception {
    public TransportSyntaxException(String message) {
        super(message);
    }
}
