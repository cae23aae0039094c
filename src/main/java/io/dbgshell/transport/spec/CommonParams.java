package io.dbgshell.transport.spec;

import io.dbgshell.security.Password;

import java.util.Optional;
import java.util.Set;

/**
 * What every protocol's transport string may carry besides its own keys: the session password on
 * either side, and on a server its options ({@code hidden}, and what its clients may do). A server
 * option every protocol takes is added here once (its key, its field, its listing) rather than in
 * each protocol.
 *
 * @param password the session password; empty for none
 * @param hidden   server side: left out of discovery; always false on the client side
 * @param access   server side: what the clients joining through it may do; the default on the client side
 */
public record CommonParams(Optional<Password> password, boolean hidden, ServerAccess access) {
    /** A client's or a test's: no password, nothing hidden, default access. */
    public static final CommonParams NONE = new CommonParams(Optional.empty(), false, ServerAccess.DEFAULT);

    private static final Set<Param> SERVER_KEYS = Set.of(Param.PASSWORD, Param.HIDDEN, ServerAccess.READONLY,
            ServerAccess.HOSTFILES);
    private static final Set<Param> CLIENT_KEYS = Set.of(Param.PASSWORD);

    /** The common keys {@code role} accepts. */
    static Set<Param> keys(Role role) {
        return role == Role.SERVER ? SERVER_KEYS : CLIENT_KEYS;
    }

    /** The common parameters of {@code params}; {@code password=*} asks {@code passwords}, at most once. */
    static CommonParams from(ParamList params, PasswordSource passwords) throws TransportSyntaxException {
        Optional<Password> password = params.value(Param.PASSWORD).filter(ParamValues.FROM_SOURCE::equals).isPresent()
                ? Optional.of(passwords.password())
                : params.optional(Param.PASSWORD, ParamValues::password);
        return new CommonParams(password, params.has(Param.HIDDEN), ServerAccess.from(params));
    }

    /**
     * Adds the listing's common tail: {@code Password=*} when there is one and {@code showPassword},
     * then the server's access options ({@code hidden} is never listed).
     */
    void list(Listing listing, boolean showPassword) {
        listing.addIf(showPassword && password.isPresent(), "Password", "*");
        access.list(listing);
    }

    /** Adds the connect hint's common tail: {@code Password=<password>} for the person to fill in. */
    void hint(Listing listing) {
        listing.addIf(password.isPresent(), "Password", "<password>");
    }
}
