package io.dbgshell.transport.spec;

import io.dbgshell.security.Password;

import java.util.Optional;
import java.util.Set;

/**
 * What every protocol's transport string may carry besides its own keys: the session password on
 * either side, and on a server its options ({@code hidden}). A server option every protocol takes is
 * added here once (its key, its field, its listing) rather than in each protocol.
 *
 * @param password the session password; empty for none
 * @param hidden   server side: left out of discovery; always false on the client side
 */
public record CommonParams(Optional<Password> password, boolean hidden) {
    /** A client's or a test's: no password, nothing hidden. */
    public static final CommonParams NONE = new CommonParams(Optional.empty(), false);

    private static final Set<Param> SERVER_KEYS = Set.of(Param.PASSWORD, Param.HIDDEN);
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
        return new CommonParams(password, params.has(Param.HIDDEN));
    }

    /** Adds the listing's common tail: {@code Password=*} when there is one (flags are never listed). */
    void list(Listing listing) {
        listing.addIf(password.isPresent(), "Password", "*");
    }

    /** Adds the connect hint's common tail: {@code Password=<password>} for the person to fill in. */
    void hint(Listing listing) {
        listing.addIf(password.isPresent(), "Password", "<password>");
    }
}
