package io.dbgshell.transport;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Turns one typed value into its typed form (port range, com port, baud, channel, TLS protocol,
 * password, ipversion), or refuses it with a message naming the value. Numbers are ASCII digits
 * only: no sign, no spaces, no hex.
 */
final class ParamValues {
    static final int MIN_PORT = 1;
    static final int MAX_PORT = 65535;
    /** {@code port=0}: a listening server's free port, picked by the system. */
    static final int ANY_PORT = 0;
    static final int MIN_CHANNEL = 0;

    /** The only {@code ipversion=} value there is: IPv4 is the default and has no switch. */
    private static final String IPV6 = "6";
    private static final String COM_PREFIX = "COM";
    private static final String DEVICE_PATH_PREFIX = "/";
    private static final char RANGE_SEPARATOR = ':';
    /** Enough digits for any int; longer digit strings are refused before parsing, so nothing overflows. */
    private static final int MAX_DIGITS = 10;
    /** What listings print instead of a password; typed, it asks a {@link PasswordSource} for one. */
    static final String FROM_SOURCE = "*";
    /** What connect hints ({@code Password=<password>}) show instead of a password. */
    private static final String PASSWORD_PLACEHOLDER = "<password>";
    private static final Set<String> INSECURE_PROTOS = Set.of("ssl2", "ssl3", "pct1");

    private ParamValues() {
    }

    /** {@code N}, {@code LOW:HIGH} or {@code 0} (any free port; whether it is allowed is the endpoint's rule). */
    static PortRange portRange(String value) throws TransportSyntaxException {
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

    /** {@code COM3}, {@code com3} and {@code 3} become {@code COM3}; a value starting with {@code /} is a device path, kept as given. */
    static String comPort(String value) throws TransportSyntaxException {
        if (value.startsWith(DEVICE_PATH_PREFIX)) {
            return value;
        }
        boolean prefixed = value.regionMatches(true, 0, COM_PREFIX, 0, COM_PREFIX.length());
        OptionalLong number = digits(prefixed ? value.substring(COM_PREFIX.length()) : value);
        if (number.isEmpty() || number.getAsLong() < 1 || number.getAsLong() > Integer.MAX_VALUE) {
            throw TransportSyntaxErrors.badComPort(value);
        }
        return COM_PREFIX + number.getAsLong();
    }

    static int baud(String value) throws TransportSyntaxException {
        OptionalLong baud = digits(value);
        if (baud.isEmpty() || baud.getAsLong() < 1 || baud.getAsLong() > Integer.MAX_VALUE) {
            throw TransportSyntaxErrors.badBaud(value);
        }
        return (int) baud.getAsLong();
    }

    static int channel(String value) throws TransportSyntaxException {
        OptionalLong channel = digits(value);
        if (channel.isEmpty() || channel.getAsLong() < MIN_CHANNEL || channel.getAsLong() > ComSpec.MAX_CHANNEL) {
            throw TransportSyntaxErrors.channelOutOfRange(value);
        }
        return (int) channel.getAsLong();
    }

    static TlsProto proto(String value) throws TransportSyntaxException {
        String wanted = value.toLowerCase(Locale.ROOT);
        if (INSECURE_PROTOS.contains(wanted)) {
            throw TransportSyntaxErrors.insecureProto(value);
        }
        for (TlsProto proto : TlsProto.values()) {
            if (proto.label().equals(wanted)) {
                return proto;
            }
        }
        throw TransportSyntaxErrors.unknownProto(value);
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

    /** {@code ipversion=6} is the only accepted form, so the result is always true. */
    static boolean ipv6(String value) throws TransportSyntaxException {
        if (!value.equals(IPV6)) {
            throw TransportSyntaxErrors.badIpVersion(value);
        }
        return true;
    }

    /** The value of a string of 1 to {@link #MAX_DIGITS} ASCII digits; empty for anything else. */
    private static OptionalLong digits(String token) {
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
