package io.dbgshell.server;

/** A server request that cannot be done; the message is one line for the user. */
public final class ServerException extends Exception {
    public ServerException(String message) {
        super(message);
    }
}
