package io.dbgshell.transport;

import java.util.Optional;

/**
 * A parsed, validated transport string: immutable, one record per protocol. Everything after the
 * parser works with these values, never with the string. {@link #listing()} prints the form shown
 * by {@code .servers} and {@code -QR}, which the parser accepts back.
 */
public sealed interface TransportSpec permits TcpSpec, NpipeSpec, ComSpec, SslSpec, SpipeSpec {

    Protocol protocol();

    Role role();

    Optional<Password> password();

    /** Server side: left out of discovery. Always false on the client side. */
    boolean hidden();

    /** Windows' {@code IcfEnable} switch was given: accepted for compatibility, it has no effect here. */
    default boolean icfEnable() {
        return false;
    }

    /** A reverse connection ({@code clicon=}): the server dials the client. */
    default boolean reverse() {
        return false;
    }

    /** {@code port=0}: the system picks the port when the server binds; its bound spec names it. */
    default boolean anyPort() {
        return false;
    }

    /** Capitalised keys, password masked as {@code Password=*}; flags ({@code hidden}, {@code IcfEnable}) left out. */
    String listing();

    /**
     * The {@code -remote} string a client on another machine types to join this server, with
     * {@code Server=host} and the password as the placeholder {@code <password>}.
     */
    String connectHint(String host);
}
