package io.dbgshell.session;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Someone in the session: the host's console or a remote client. Every method may be called from
 * the session's executor and must return at once; delivery to a slow participant is queued (and
 * bounded) by the participant itself.
 */
public interface Participant {

    /** {@code MACHINE\\user} for the host console, {@code MACHINE\\user (tcp 127.0.0.1:50123)} for a client. */
    String describe();

    /** The host's own console: its commands are shown to others without an identity prefix. */
    boolean isHost();

    /** Whether this participant's own commands are echoed back to it (no local terminal echo, e.g. a pipe). */
    boolean echoesOwnInput();

    void deliver(SessionOutput output);

    void prompt(String prompt);

    void clearScreen();

    /** The participant's part in the session is over: show {@code message}, flush what is queued, then let go. */
    void end(String message);

    /** Completes once everything sent to this participant has left the process (a remote link closed). */
    default CompletionStage<Void> gone() {
        return CompletableFuture.completedFuture(null);
    }
}
