package io.dbgshell.transport.spec;

import io.dbgshell.security.Password;
import io.dbgshell.security.Secrets;

/**
 * Every message the transport-string parser gives, in one place so that they read alike. Each
 * names the offending token in single quotes and carries no {@code Error:} prefix (the caller adds
 * it). Any typed text quoted here goes through {@link Secrets} first, so no message can carry a
 * password, however malformed the string around it; only a key (which holds no {@code =}) and
 * a refused proto name (one of three fixed words) are shown unmasked.
 */
public final class TransportSyntaxErrors {
    private static final String GRAMMAR = "(expected PROTOCOL:PARAM[,PARAM...])";

    private TransportSyntaxErrors() {
    }

    static TransportSyntaxException emptyString() {
        return error("empty transport string " + GRAMMAR);
    }

    static TransportSyntaxException noProtocol(String text) {
        return error(quoted(text) + " has no protocol " + GRAMMAR);
    }

    static TransportSyntaxException unknownProtocol(String token, String protocols) {
        return error("unknown protocol " + quoted(token) + " (expected " + protocols + ")");
    }

    static TransportSyntaxException emptyParameter(String parameters) {
        return error("empty parameter (two commas in a row or a comma at an end) in " + quoted(parameters));
    }

    static TransportSyntaxException noKey(String parameter) {
        return error("parameter " + quoted(parameter) + " has no key");
    }

    static TransportSyntaxException unknownParameter(String key, Protocol protocol) {
        return error("unknown parameter " + quoted(key) + " for " + protocol.label());
    }

    static TransportSyntaxException foreignParameter(String key, Protocol protocol) {
        return error("parameter " + quoted(key) + " does not belong to " + protocol.label());
    }

    static TransportSyntaxException wrongSide(String key, Protocol protocol, Role role) {
        String side = role == Role.SERVER ? "server (it belongs to -remote)" : "client (it belongs to -server)";
        return error(quoted(key) + " is not allowed on a " + protocol.label() + " " + side);
    }

    static TransportSyntaxException flagWithValue(String key) {
        return error(quoted(key) + " is a flag and takes no value");
    }

    static TransportSyntaxException missingValue(String key) {
        return error(quoted(key) + " needs a value (" + key + "=...)");
    }

    static TransportSyntaxException emptyValue(String key) {
        return error("empty value for " + quoted(key));
    }

    static TransportSyntaxException duplicate(String key) {
        return error("duplicate parameter " + quoted(key));
    }

    static TransportSyntaxException missing(Protocol protocol, Param param) {
        return error(protocol.label() + " needs " + quoted(param.key()));
    }

    public static TransportSyntaxException missingEither(String who, Param one, Param other) {
        return error(who + " needs " + quoted(one.key()) + " or " + quoted(other.key()));
    }

    public static TransportSyntaxException notCombined(String key, String otherKey) {
        return error(quoted(key) + " cannot be combined with " + quoted(otherKey));
    }

    static TransportSyntaxException notAPort(String token) {
        return error("port " + quoted(token) + " is not a port number (1-" + ParamValues.MAX_PORT + ")");
    }

    static TransportSyntaxException notAPortOrRange(String token) {
        return error("port " + quoted(token) + " is not a port or a range LOW:HIGH");
    }

    static TransportSyntaxException backwardsRange(String token) {
        return error("port range " + quoted(token) + " is backwards (LOW must not exceed HIGH)");
    }

    public static TransportSyntaxException singlePortNeeded(String token, String withKey) {
        return error("port " + quoted(token) + " must be a single port with " + quoted(withKey)
                + " (only a server without clicon, or a clicon client, may give a range)");
    }

    public static TransportSyntaxException anyPortNeedsListener(String withKey) {
        return error("port '0' (any free port) works only for a listening server; with " + quoted(withKey)
                + " give the exact port");
    }

    public static TransportSyntaxException insecureProto(String token) {
        return error("proto=" + token + " is insecure and refused; use proto=tls1 (TLS 1.3, else 1.2), tls12 or tls13");
    }

    public static TransportSyntaxException unknownProto(String token) {
        return error("unknown proto " + quoted(token) + " (expected tls1, tls12 or tls13)");
    }

    public static TransportSyntaxException channelOutOfRange(String token, int min, int max) {
        return error("channel " + quoted(token) + " is out of range " + min + "-" + max);
    }

    public static TransportSyntaxException badBaud(String token) {
        return error("baud " + quoted(token) + " is not a positive whole number");
    }

    public static TransportSyntaxException badComPort(String token) {
        return error("com port " + quoted(token) + " is not COMn, n or a device path such as /dev/ttyUSB0");
    }

    public static TransportSyntaxException badIpVersion(String token) {
        return error("ipversion " + quoted(token) + " is not supported (only ipversion=6)");
    }

    public static TransportSyntaxException badPassword() {
        return error("password must be 1 to " + Password.MAX_LENGTH + " letters and digits");
    }

    static TransportSyntaxException passwordPlaceholder(String placeholder) {
        return error("password '" + placeholder + "' is a placeholder; give the real password");
    }

    public static TransportSyntaxException badPipeCharacters(String name) {
        return error("pipe name " + quoted(name) + " may not contain spaces, quotes, control characters or '/'");
    }

    public static TransportSyntaxException reservedPipeName(String name) {
        return error("pipe name " + quoted(name) + " is reserved (it names a directory)");
    }

    public static TransportSyntaxException badPipeCode(String name, String code) {
        return error("pipe name " + quoted(name) + " has " + quoted(code)
                + "; only %d, %x (at most two in total) and %% are allowed");
    }

    public static TransportSyntaxException tooManyPipeCodes(String name) {
        return error("pipe name " + quoted(name) + " has more than two %d/%x codes");
    }

    private static String quoted(String typed) {
        return "'" + Secrets.mask(typed) + "'";
    }

    private static TransportSyntaxException error(String message) {
        return new TransportSyntaxException(message);
    }
}
