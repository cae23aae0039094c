package io.dbgshell.protocol;

/** The protocol version both sides must share, and the banner a host introduces itself with. */
public final class ProtocolVersion {
    /**
     * Bumped on any incompatible change to frames or handshake; 2 replaced the password proof with
     * SRP-6a, 3 added the host's command names to ACCEPTED.
     */
    public static final int CURRENT = 3;

    /** Text a peer (or a person with socat) sees first: program, its version and the protocol version. */
    public static String banner(String programVersion) {
        return "dbgshell " + programVersion + " (protocol " + CURRENT + ")";
    }

    /** The message for a version mismatch, the same text on both sides. */
    public static String mismatch(int hostVersion, int clientVersion) {
        return "The client is not using same version of remoting protocol as the server"
                + " (host speaks " + hostVersion + ", client speaks " + clientVersion + ")";
    }

    private ProtocolVersion() {
    }
}
