package io.dbgshell.session;

import io.dbgshell.transport.spec.ServerAccess;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Who is in the session: the host's console and every joined client, in the order they came, each
 * with its {@link Seat}. Changed only in the session executor's turn; read from there and from a
 * link's event loop.
 */
final class Roster {
    private final List<Participant> participants = new CopyOnWriteArrayList<>();
    private final Map<Participant, Seat> seats = new ConcurrentHashMap<>();
    /** When each one in the roster came or last typed a line, for {@code .clients}. */
    private final Map<Participant, Instant> lastActive = new ConcurrentHashMap<>();
    /** Clients are numbered from 1 in the order they join, and a number is never given twice. */
    private int nextNumber = 1;

    /** Everyone, for fan-out: the live list, whose iteration sees a snapshot that later changes do not disturb. */
    List<Participant> all() {
        return participants;
    }

    /** The host's own console, in seat 0, from {@code now}. */
    void addHost(Participant console, Instant now) {
        seats.put(console, Seat.HOST);
        lastActive.put(console, now);
        participants.add(console);
    }

    /** A client joining {@code now}, as the server it came through says: an observer on a {@code readonly} server. */
    void add(Participant client, ServerAccess access, Instant now) {
        Seat.Standing standing = access.readonly() ? Seat.Standing.OBSERVER : Seat.Standing.DRIVER;
        seats.put(client, new Seat(nextNumber++, standing, access.hostFiles()));
        lastActive.put(client, now);
        participants.add(client);
    }

    /** Takes {@code participant} out; false if it was not in. */
    boolean remove(Participant participant) {
        seats.remove(participant);
        lastActive.remove(participant);
        return participants.remove(participant);
    }

    /** {@code origin} typed a line at {@code when}; kept only for those in the roster, the ones {@code .clients} lists. */
    void markActive(Participant origin, Instant when) {
        lastActive.replace(origin, when);
    }

    /** Whether {@code origin}'s lines may still run: the host always, a client while it is in. */
    boolean present(Participant origin) {
        return origin.isHost() || participants.contains(origin);
    }

    /**
     * The seat whose rights {@code origin}'s lines run with: the host's for the host's side (its
     * console, a breakpoint's commands), a client's own while it is in, an observer's once it left.
     */
    Seat seat(Participant origin) {
        if (origin.isHost()) {
            return Seat.HOST;
        }
        Seat seat = seats.get(origin);
        return seat != null ? seat : new Seat(0, Seat.Standing.OBSERVER, false);
    }

    /** The client in seat {@code number}, if one is in. */
    Optional<Participant> byNumber(int number) {
        return participants.stream().filter(p -> !p.isHost() && seat(p).number() == number).findFirst();
    }

    /** Everyone, once, for the session's end; the roster is empty afterwards. */
    List<Participant> takeAll() {
        List<Participant> everyone = List.copyOf(participants);
        participants.clear();
        seats.clear();
        lastActive.clear();
        return everyone;
    }

    /** One line per participant for {@code .clients}: {@code 1 driver MACHINE\\user (tcp ...), last active DATE}. */
    List<String> listing(ZoneId zone) {
        List<String> lines = new ArrayList<>();
        for (Participant participant : participants) {
            lines.add(listing(participant, zone));
        }
        return lines;
    }

    /** {@code participant}'s line in {@link #listing(ZoneId)}. */
    String listing(Participant participant, ZoneId zone) {
        Seat seat = seat(participant);
        return seat.number() + " " + seat.standing().label() + " " + participant.describe() + ", last active "
                + SessionDates.format(lastActive.get(participant), zone);
    }
}
