package io.dbgshell.transport;

import java.util.Locale;

/** The five transport protocols of a transport string, by the name a user types. */
public enum Protocol {
    NPIPE, TCP, COM, SPIPE, SSL;

    /** The lower-case name used in transport strings and listings. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
