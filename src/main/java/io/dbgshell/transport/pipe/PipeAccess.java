package io.dbgshell.transport.pipe;

import io.dbgshell.transport.TransportException;

import java.util.Locale;

/**
 * Who may connect to a new pipe's socket file, chosen by {@value #VARIABLE}: by default only the
 * user who started the server. Connecting needs write permission on a socket file, so the modes
 * grant read and write. A password, if the server has one, is still required of everyone.
 */
public enum PipeAccess {
    /** {@code rw-------}: the owner only (the default). */
    USER(0600),
    /** {@code rw-rw----}: the owner and the members of the owner's group. */
    GROUP(0660),
    /** {@code rw-rw-rw-}: every user of the machine. */
    ALL(0666);

    /** The environment variable read when a server starts: {@code user}, {@code group} or {@code all}. */
    public static final String VARIABLE = "DBGSHELL_PIPE_ACCESS";

    private final int mode;

    PipeAccess(int mode) {
        this.mode = mode;
    }

    public int mode() {
        return mode;
    }

    /** The access {@value #VARIABLE} asks for; {@link #USER} when it is not set. */
    public static PipeAccess fromEnvironment() throws TransportException {
        return parse(System.getenv(VARIABLE));
    }

    static PipeAccess parse(String text) throws TransportException {
        if (text == null || text.isBlank()) {
            return USER;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TransportException(VARIABLE + " must be user, group or all, not '" + text + "'", e);
        }
    }
}
