package io.dbgshell.session;

import java.util.Locale;

/**
 * A participant's place in the session: the number {@code .clients} shows and {@code .kick} and
 * {@code .readonly} take, its role, and whether the server it came through grants it the host's
 * files and processes. The role may change while it is connected ({@code .readonly}); it is read
 * when a line's commands are checked, so a change counts from the participant's next line.
 */
final class Seat {
    /** The host's own console (and a breakpoint's commands, which run on the host's behalf). */
    static final Seat HOST = new Seat(0, Standing.HOST, true);

    private final int number;
    private final boolean hostFiles;
    private volatile Standing standing;

    Seat(int number, Standing standing, boolean hostFiles) {
        this.number = number;
        this.standing = standing;
        this.hostFiles = hostFiles;
    }

    int number() {
        return number;
    }

    Standing standing() {
        return standing;
    }

    /** Whether the host's files and processes are this seat's to use: the host's, or a driver's through a granting server. */
    boolean usesHostFiles() {
        return standing == Standing.HOST || standing == Standing.DRIVER && hostFiles;
    }

    /** {@code .readonly N on|off}, for a client's seat (the session never hands out the host's). */
    void observe(boolean observer) {
        standing = observer ? Standing.OBSERVER : Standing.DRIVER;
    }

    /** What a participant may do in the session. */
    enum Standing {
        /** The host's own console: everything, and it can never be demoted or removed. */
        HOST,
        /** A client that may change the target and the session. */
        DRIVER,
        /** A client that may only look: it sees everything, and runs only commands that read. */
        OBSERVER;

        /** As {@code .clients} shows it. */
        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
