package io.dbgshell.transport.spec;

import io.dbgshell.security.Password;

import java.util.Optional;

/**
 * A parsed, validated transport string: immutable, one record per protocol, made by its
 * {@link ProtocolSyntax}. Everything after the parser works with these values, never with the
 * string. {@link #listing()} prints the form shown by {@code .servers} and {@code -QR}, which the
 * parser accepts back.
 */
public interface TransportSpec {

    Protocol protocol();

    Role role();

    /** The password and server options every protocol carries. */
    CommonParams common();

    default Optional<Password> password() {
        return common().password();
    }

    /** Server side: left out of discovery. Always false on the client side. */
    default boolean hidden() {
        return common().hidden();
    }

    /** Windows' {@code IcfEnable} switch was given: accepted for compatibility, it has no effect here. */
    default boolean icfEnable() {
        return false;
    }

    /** A reverse connection ({@code clicon=}): the server dials the client. */
    default boolean reverse() {
        return false;
    }

    /** Adds this protocol's own keys, in listing order, to {@code listing}. */
    void list(Listing listing);

    /** Adds this protocol's own keys to a connect hint for a client on another machine, naming {@code host}. */
    void hint(Listing listing, String host);

    /** {@code port=0}: the system picks the port when the server binds; its bound spec names it. */
    default boolean anyPort() {
        return false;
    }

    /** Capitalised keys, password masked as {@code Password=*}; flags ({@code hidden}, {@code IcfEnable}) left out. */
    default String listing() {
        return listing(true);
    }

    /** {@link #listing()} without {@code Password=*}, as discovery shows the server to every user of the machine. */
    default String publicListing() {
        return listing(false);
    }

    private String listing(boolean password) {
        Listing listing = new Listing(protocol());
        list(listing);
        common().list(listing, password);
        return listing.toString();
    }

    /**
     * The {@code -remote} string a client on another machine types to join this server, with
     * {@code Server=host} and the password as the placeholder {@code <password>}.
     */
    default String connectHint(String host) {
        Listing listing = new Listing(protocol());
        hint(listing, host);
        common().hint(listing);
        return listing.toString();
    }
}
