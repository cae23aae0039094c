package io.dbgshell.session;

import io.dbgshell.transport.spec.ServerAccess;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The session as the host's side of the wire ({@code io.dbgshell.host}) sees it: what a
 * connection needs to join, relay a client's lines and break-ins, and leave. Every method may be
 * called on a link's event loop and returns at once.
 */
public interface SessionLinks {

    /** Whether the session is ending: a handshake finishing now is refused. */
    boolean isEnding();

    /** The names of the commands the session runs, which a joining client completes at its prompt. */
    List<String> commandNames();

    /** Shows one line to everyone (a refused connection). */
    void notice(String line);

    /**
     * Admits a client whose handshake succeeded, with what the server it came through lets it do:
     * it is greeted and everyone else is told.
     */
    void join(Participant participant, ServerAccess access);

    /** A client's link is gone (it left, was dropped, or vanished); {@code why} is added to the notice. */
    void leave(Participant participant, Optional<String> why);

    /**
     * A line from a client's link, on {@code loop}, that link's event loop: a line whose commands
     * all never wait may run right there while the session is idle; any other line queues.
     */
    void receive(Participant origin, String line, ScheduledExecutorService loop);

    /** A client's break-in (a BREAK frame); never queued behind lines. */
    boolean breakIn(Participant from);
}
