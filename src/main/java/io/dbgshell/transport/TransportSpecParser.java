package io.dbgshell.transport;

import java.util.Locale;
import java.util.Optional;

/**
 * The one parser for transport strings ({@code -server}, {@code .server}, {@code -remote}):
 * {@code PROTOCOL:PARAM[,PARAM...]}, where a parameter is {@code key=value} or a flag. Protocol
 * names and keys are case-insensitive and parameters may come in any order, so a listing line
 * ({@code tcp:Port=5005,Server=box}) is accepted back; values keep their case. Whitespace around
 * the whole string, and one pair of double quotes around it, are dropped.
 *
 * <p>Every refusal is a {@link TransportSyntaxException} whose one-line message names the
 * offending token, has no {@code Error:} prefix, and never contains a password.
 */
public final class TransportSpecParser {
    private static final char PROTOCOL_SEPARATOR = ':';
    private static final String QUOTE = "\"";

    private TransportSpecParser() {
    }

    /** Parses {@code text} as a transport string for {@code role}, refusing {@code password=*}. */
    public static TransportSpec parse(String text, Role role) throws TransportSyntaxException {
        return parse(text, role, PasswordSource.NONE);
    }

    /**
     * Parses {@code text} as a transport string for {@code role}, checking every rule of SPEC.md §2;
     * {@code password=*} takes the password from {@code passwords}, asked at most once. A server's
     * access options are left out of the result: a session starts its servers from {@link #parseServer}.
     */
    public static TransportSpec parse(String text, Role role, PasswordSource passwords) throws TransportSyntaxException {
        return parsed(text, role, passwords).spec();
    }

    /**
     * Parses {@code text} as a session's server: its transport, as {@link #parse} does, and the
     * options every protocol's server takes ({@code readonly}, {@code hostfiles}).
     */
    public static ServerSpec parseServer(String text, PasswordSource passwords) throws TransportSyntaxException {
        Parsed parsed = parsed(text, Role.SERVER, passwords);
        return new ServerSpec(parsed.spec(), ServerAccess.from(parsed.params()));
    }

    private record Parsed(TransportSpec spec, ParamList params) {
    }

    private static Parsed parsed(String text, Role role, PasswordSource passwords) throws TransportSyntaxException {
        String body = unquoted(text.strip());
        if (body.isEmpty()) {
            throw TransportSyntaxErrors.emptyString();
        }
        int colon = body.indexOf(PROTOCOL_SEPARATOR);
        if (colon < 0 && (body.indexOf('=') >= 0 || body.indexOf(',') >= 0)) {
            throw TransportSyntaxErrors.noProtocol(body);
        }
        Protocol protocol = protocol(colon < 0 ? body : body.substring(0, colon));
        ParamList params = ParamList.parse(colon < 0 ? "" : body.substring(colon + 1), protocol, role);
        TransportSpec spec = switch (protocol) {
            case NPIPE -> npipe(params, role, passwords);
            case TCP -> tcp(params, role, passwords);
            case COM -> com(params, role, passwords);
            case SPIPE -> spipe(params, role, passwords);
            case SSL -> ssl(params, role, passwords);
        };
        return new Parsed(spec, params);
    }

    /**
     * True when {@code text} reads as one transport parameter ({@code password=x}, {@code hidden}):
     * its key, up to an {@code =}, is one the grammar knows. A command line holding one as a command
     * of its own has most likely lost it to a {@code ;} typed for a {@code ,}.
     */
    public static boolean looksLikeParameter(String text) {
        int equals = text.indexOf('=');
        return Param.byKey((equals < 0 ? text : text.substring(0, equals)).strip()).isPresent();
    }

    private static String unquoted(String text) {
        boolean quoted = text.length() >= 2 && text.startsWith(QUOTE) && text.endsWith(QUOTE);
        return quoted ? text.substring(1, text.length() - 1).strip() : text;
    }

    private static Protocol protocol(String token) throws TransportSyntaxException {
        String wanted = token.strip().toLowerCase(Locale.ROOT);
        for (Protocol protocol : Protocol.values()) {
            if (protocol.label().equals(wanted)) {
                return protocol;
            }
        }
        throw TransportSyntaxErrors.unknownProtocol(token.strip());
    }

    private static NpipeSpec npipe(ParamList params, Role role, PasswordSource passwords) throws TransportSyntaxException {
        String pipe = pipe(params, role);
        return new NpipeSpec(role, pipe, params.value(Param.SERVER), password(params, passwords),
                params.has(Param.HIDDEN), params.has(Param.ICFENABLE));
    }

    private static TcpSpec tcp(ParamList params, Role role, PasswordSource passwords) throws TransportSyntaxException {
        TcpEndpoint endpoint = TcpEndpoint.from(params, role);
        boolean ipv6 = params.optional(Param.IPVERSION, ParamValues::ipv6).orElse(false);
        return new TcpSpec(role, endpoint.port(), endpoint.server(), endpoint.clicon(), password(params, passwords),
                params.has(Param.HIDDEN), ipv6, params.has(Param.ICFENABLE));
    }

    private static ComSpec com(ParamList params, Role role, PasswordSource passwords) throws TransportSyntaxException {
        String port = params.required(Param.PORT, ParamValues::comPort);
        int baud = params.required(Param.BAUD, ParamValues::baud);
        int channel = params.required(Param.CHANNEL, ParamValues::channel);
        return new ComSpec(role, port, baud, channel, password(params, passwords), params.has(Param.HIDDEN));
    }

    private static SpipeSpec spipe(ParamList params, Role role, PasswordSource passwords) throws TransportSyntaxException {
        TlsIdentity tls = TlsIdentity.from(params);
        String pipe = pipe(params, role);
        return new SpipeSpec(role, tls.proto(), tls.cert(), pipe, params.value(Param.SERVER), password(params, passwords),
                params.has(Param.HIDDEN));
    }

    private static SslSpec ssl(ParamList params, Role role, PasswordSource passwords) throws TransportSyntaxException {
        TlsIdentity tls = TlsIdentity.from(params);
        TcpEndpoint endpoint = TcpEndpoint.from(params, role);
        return new SslSpec(role, tls.proto(), tls.cert(), endpoint.port(), endpoint.server(), endpoint.clicon(),
                password(params, passwords), params.has(Param.HIDDEN));
    }

    private static String pipe(ParamList params, Role role) throws TransportSyntaxException {
        return PipeNames.check(params.required(Param.PIPE), role);
    }

    private static Optional<Password> password(ParamList params, PasswordSource passwords) throws TransportSyntaxException {
        if (params.value(Param.PASSWORD).filter(ParamValues.FROM_SOURCE::equals).isPresent()) {
            return Optional.of(passwords.password());
        }
        return params.optional(Param.PASSWORD, ParamValues::password);
    }
}
