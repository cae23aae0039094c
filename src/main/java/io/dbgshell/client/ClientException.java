package io.dbgshell.client;

/** Joining or staying in a session failed; the message is the one line the user sees. */
public final class ClientException extends Exception {
    public ClientException(String message) {
        super(message);
    }

    public ClientException(String message, Throwable cause) {
        super(message, cause);
    }
}
