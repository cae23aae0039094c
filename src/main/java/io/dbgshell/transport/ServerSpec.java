package io.dbgshell.transport;

/**
 * A server as {@code .server} and {@code -server} give it: where it listens ({@code transport}) and
 * what it lets its clients do ({@code access}).
 */
public record ServerSpec(TransportSpec transport, ServerAccess access) {

    /** A server with the default access: its clients are drivers without the host's files. */
    public static ServerSpec of(TransportSpec transport) {
        return new ServerSpec(transport, ServerAccess.DEFAULT);
    }

    /** As {@code .servers} and {@code -QR} show it: the transport's listing, then its access options. */
    public String listing() {
        return access.listed(transport.listing());
    }
}
