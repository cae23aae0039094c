package io.dbgshell.server;

/** Where a server is in its life; a server keeps its id and slot whatever its state. */
public enum ServerState {
    RUNNING,
    /** Ended with {@code .endsrv}: no new clients; attached ones stay. */
    DISABLED,
    /** Its listener stopped by itself (a broken reverse link, a device gone). */
    LOST
}
