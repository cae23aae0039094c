package io.dbgshell.transport.spec;

/**
 * What a server lets the clients who join through it do, the same on every protocol:
 * {@code readonly} makes each of them an observer; {@code hostfiles} grants its drivers the host's
 * files and processes ({@code $<}, {@code .logopen}, {@code .create}...), which are otherwise the
 * host's console's alone. Part of every server spec's {@link CommonParams}.
 */
public record ServerAccess(boolean readonly, boolean hostFiles) {
    /** A server given neither option: drivers without the host's files. */
    public static final ServerAccess DEFAULT = new ServerAccess(false, false);

    static final Param READONLY = new Param("readonly", Param.Kind.FLAG);
    static final Param HOSTFILES = new Param("hostfiles", Param.Kind.FLAG);

    static ServerAccess from(ParamList params) {
        return new ServerAccess(params.has(READONLY), params.has(HOSTFILES));
    }

    /** Adds the options to a listing, in the form the parser takes back. */
    void list(Listing listing) {
        listing.flagIf(readonly, "ReadOnly").flagIf(hostFiles, "HostFiles");
    }
}
