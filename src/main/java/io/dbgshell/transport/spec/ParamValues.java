package io.dbgshell.transport.spec;

import io.dbgshell.security.Password;

import java.util.OptionalLong;

/**
 * Turns one typed value shared by several protocols into its typed form (port range, password), or
 * refuses it with a message naming the value; a protocol's own values are read in its package.
 * Numbers are ASCII digits only: no sign, no spaces, no hex.
 */
public final class ParamValues {
    static final int MIN_PORT = 1;
    static final int MAX_PORT = 65535;
    /** {@code port=0}: a listening server's free port, picked by the system. */
    static final int ANY_PORT = 0;
    private static final char RANGE_SEPARATOR = ':';
    /** Enough digits for any int; longer digit strings are refused before parsing, so nothing overflows. */
    private static final int MAX_DIGITS = 10;
    /** What listings print instead of a password; typed, it asks a {@link PasswordSource} for one. */
    static final String FROM_SOURCE = "*";
    /** What connect hints ({@code Password=<password>}) show instead of a password. */
    private static final String PASSWORD_PLACEHOLDER = "<password>";

    private ParamValues() {
    }

    /** {@code N}, {@code LOW:HIGH} or {@code 0} (any free port; whether it is allowed is the endpoint's rule). */
    public static PortRange portRange(String value) throws TransportSyntaxException {
        int separator = value.indexOf(RANGE_SEPARATOR);
        if (separator < 0) {
            return value.equals(Integer.toString(ANY_PORT)) ? PortRange.ANY : PortRange.single(port(value));
        }
        if (value.indexOf(RANGE_SEPARATOR, separator + 1) >= 0) {
            throw TransportSyntaxErrors.notAPortOrRange(value);
        }
        int low = port(value.substring(0, separator));
        int high = port(value.substring(separator + 1));
        if (low > high) {
            throw TransportSyntaxErrors.backwardsRange(value);
        }
        return new PortRange(low, high);
    }

    private static int port(String token) throws TransportSyntaxException {
        OptionalLong port = digits(token);
        if (port.isEmpty() || port.getAsLong() < MIN_PORT || port.getAsLong() > MAX_PORT) {
            throw TransportSyntaxErrors.notAPort(token);
        }
        return (int) port.getAsLong();
    }

    /** A typed password; {@link #FROM_SOURCE} is the caller's business and never reaches here. */
    static Password password(String value) throws TransportSyntaxException {
        if (value.equals(PASSWORD_PLACEHOLDER)) {
            throw TransportSyntaxErrors.passwordPlaceholder(value);
        }
        Password password = Password.ofOrNull(value);
        if (password == null) {
            throw TransportSyntaxErrors.badPassword();
        }
        return password;
    }

    /** The value of a string of 1 to {@link #MAX_DIGITS} ASCII digits; empty for anything else. */
    public static OptionalLong digits(String token) {
        if (token.isEmpty() || token.length() > MAX_DIGITS) {
            return OptionalLong.empty();
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < '0' || c > '9') {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(Long.parseLong(token));
    }
}
