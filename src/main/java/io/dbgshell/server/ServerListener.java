package io.dbgshell.server;

/** Told when servers start and stop, e.g. to register them for discovery ({@code -QR}). */
public interface ServerListener {

    void started(ServerEntry server);

    void stopped(ServerEntry server);
}
