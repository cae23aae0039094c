package io.dbgshell.transport;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a server lets the clients who join through it do, the same on every protocol:
 * {@code readonly} makes each of them an observer; {@code hostfiles} grants its drivers the host's
 * files and processes ({@code $<}, {@code .logopen}, {@code .create}...), which are otherwise the
 * host's console's alone.
 */
public record ServerAccess(boolean readonly, boolean hostFiles) {
    /** A server given neither option: drivers without the host's files. */
    public static final ServerAccess DEFAULT = new ServerAccess(false, false);

    /** The keys that set it, accepted on the server side of every protocol. */
    static final Set<Param> KEYS = EnumSet.of(Param.READONLY, Param.HOSTFILES);

    static ServerAccess from(ParamList params) {
        return new ServerAccess(params.has(Param.READONLY), params.has(Param.HOSTFILES));
    }

    /** Adds the options to a listing, in the form the parser takes back. */
    String listed(String transport) {
        return transport + (readonly ? ",ReadOnly" : "") + (hostFiles ? ",HostFiles" : "");
    }
}
