package io.dbgshell.session;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Who is in the session: the host's console and every joined client, in the order they came.
 * Changed only in the session executor's turn; read from there and from a link's event loop.
 */
final class Roster {
    private final List<Participant> participants = new CopyOnWriteArrayList<>();

    /** Everyone, for fan-out: the live list, whose iteration sees a snapshot that later changes do not disturb. */
    List<Participant> all() {
        return participants;
    }

    void add(Participant participant) {
        participants.add(participant);
    }

    /** Takes {@code participant} out; false if it was not in. */
    boolean remove(Participant participant) {
        return participants.remove(participant);
    }

    /** Whether {@code origin}'s lines may still run: the host always, a client while it is in. */
    boolean present(Participant origin) {
        return origin.isHost() || participants.contains(origin);
    }

    /** Everyone, once, for the session's end; the roster is empty afterwards. */
    List<Participant> takeAll() {
        List<Participant> everyone = List.copyOf(participants);
        participants.clear();
        return everyone;
    }

    /** One line per participant for {@code .clients}: {@code MACHINE\\user, last active DATE}. */
    List<String> listing(ZoneId zone) {
        List<String> lines = new ArrayList<>();
        for (Participant participant : participants) {
            lines.add(participant.describe() + ", last active " + SessionDates.format(participant.lastActive(), zone));
        }
        return lines;
    }
}
