package io.dbgshell.transport.spec;

import java.util.Locale;

/**
 * One parameter key a transport string may hold, by its lower-case name. Flags ({@code hidden},
 * {@code IcfEnable}) stand alone; every other key takes a value. The keys several protocols share
 * are here; a protocol's own keys live in its package, and which keys a protocol accepts on which
 * side is its {@link ProtocolSyntax}'s business.
 *
 * @param key the key as documented, in lower case; used where no typed spelling exists (a missing key)
 */
public record Param(String key, Kind kind) {
    public static final Param PIPE = new Param("pipe", Kind.VALUE);
    public static final Param PORT = new Param("port", Kind.VALUE);
    public static final Param SERVER = new Param("server", Kind.HOST);
    public static final Param PASSWORD = new Param("password", Kind.VALUE);
    public static final Param HIDDEN = new Param("hidden", Kind.FLAG);
    public static final Param ICFENABLE = new Param("icfenable", Kind.FLAG);

    /** How a parameter is written. */
    public enum Kind {
        /** Stands alone: {@code hidden}. */
        FLAG,
        /** {@code key=value}. */
        VALUE,
        /** {@code key=HOST}, where a leading {@code \\} (Windows UNC style) is optional and dropped. */
        HOST
    }

    /*
     * Written out because every protocol's grammar puts its keys in a Set at class initialisation:
     * a record's generated equals and hashCode bootstrap through method handles on first call,
     * which cost start-up about 30 ms.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Param param && param.key.equals(key) && param.kind == kind;
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    /** Whether {@code typedKey} names this parameter, ignoring case. */
    boolean named(String typedKey) {
        return key.equals(typedKey.toLowerCase(Locale.ROOT));
    }
}
