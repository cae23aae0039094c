package io.dbgshell.transport;

import java.util.Locale;
import java.util.Optional;

/**
 * Every parameter key a transport string may hold, by its lower-case name. Flags ({@code hidden},
 * {@code IcfEnable}, {@code readonly}, {@code hostfiles}) stand alone; every other key takes a value. Which keys a protocol accepts on
 * which side is {@link ProtocolGrammar}'s business.
 */
enum Param {
    PIPE, PORT, SERVER(Kind.HOST), CLICON(Kind.HOST), PASSWORD, HIDDEN(Kind.FLAG), ICFENABLE(Kind.FLAG), IPVERSION,
    BAUD, CHANNEL, PROTO, CERTUSER, MACHUSER, READONLY(Kind.FLAG), HOSTFILES(Kind.FLAG);

    /** How a parameter is written. */
    enum Kind {
        /** Stands alone: {@code hidden}. */
        FLAG,
        /** {@code key=value}. */
        VALUE,
        /** {@code key=HOST}, where a leading {@code \\} (Windows UNC style) is optional and dropped. */
        HOST
    }

    private final Kind kind;

    Param() {
        this(Kind.VALUE);
    }

    Param(Kind kind) {
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }

    /** The key as documented, in lower case; used where no typed spelling exists (a missing key). */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The parameter a key names, ignoring case; empty for an unknown key. */
    static Optional<Param> byKey(String typedKey) {
        String wanted = typedKey.toLowerCase(Locale.ROOT);
        for (Param param : values()) {
            if (param.key().equals(wanted)) {
                return Optional.of(param);
            }
        }
        return Optional.empty();
    }
}
