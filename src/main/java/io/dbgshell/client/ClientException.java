package io.dbgshell.client;

/**
 * Joining or staying in a session failed. The message is bare, the one line the user sees without
 * the {@code Error: } that the client's command line puts before every failure.
 */
public final class ClientException extends Exception {
    public ClientException(String message) {
        super(message);
    }

    public ClientException(String message, Throwable cause) {
        super(message, cause);
    }
}
