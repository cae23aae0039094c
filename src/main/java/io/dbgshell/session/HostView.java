package io.dbgshell.session;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * What the host's side is shown: its console and the taps (transcripts), every text in session
 * order, the host's own typed lines included. Text from a line run on a link's event loop is held
 * here until the session thread shows it, since a console may block and an event loop must not.
 * Used only in the session executor's turn; taps may be added from anywhere.
 */
final class HostView {
    private final List<Participant> participants;
    private final List<Consumer<String>> taps = new CopyOnWriteArrayList<>();
    private final List<String> held = new ArrayList<>();
    private boolean catchUpScheduled;

    /** @param participants the session's participants, of which the host's are shown text here */
    HostView(List<Participant> participants) {
        this.participants = participants;
    }

    void addTap(Consumer<String> tap) {
        taps.add(tap);
    }

    /** Shows {@code text} now to the taps and to every host participant but {@code except}. */
    void show(String text, Participant except) {
        taps.forEach(tap -> tap.accept(text));
        for (Participant participant : participants) {
            if (participant != except && participant.isHost()) {
                participant.deliver(new SessionOutput(text));
            }
        }
    }

    /** Keeps {@code text} for {@link #showHeld}, from a line running on an event loop. */
    void hold(String text) {
        held.add(text);
    }

    /** True once for each burst of held text: the caller then makes sure a session-thread task follows. */
    boolean needsCatchUp() {
        if (held.isEmpty() || catchUpScheduled) {
            return false;
        }
        catchUpScheduled = true;
        return true;
    }

    /** Shows what was held, in order; every session-thread task calls this first. */
    void showHeld() {
        catchUpScheduled = false;
        held.forEach(text -> show(text, null));
        held.clear();
    }
}
