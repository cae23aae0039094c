package io.dbgshell.transport.spec;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The parser for transport strings ({@code -server}, {@code .server}, {@code -remote}) over the
 * protocols it is given: {@code PROTOCOL:PARAM[,PARAM...]}, where a parameter is {@code key=value}
 * or a flag. Protocol names and keys are case-insensitive and parameters may come in any order, so
 * a listing line ({@code tcp:Port=5005,Server=box}) is accepted back; values keep their case.
 * Whitespace around the whole string, and one pair of double quotes around it, are dropped.
 *
 * <p>Every refusal is a {@link TransportSyntaxException} whose one-line message names the
 * offending token, has no {@code Error:} prefix, and never contains a password.
 */
public final class SpecParser {
    private static final char PROTOCOL_SEPARATOR = ':';
    private static final String QUOTE = "\"";

    private final List<ProtocolSyntax<?>> protocols;
    private final Set<Param> knownKeys = new HashSet<>();
    private final String names;

    /** @param protocols every protocol this parser reads, in the order its messages list them */
    public SpecParser(List<ProtocolSyntax<?>> protocols) {
        this.protocols = List.copyOf(protocols);
        for (Role role : Role.values()) {
            knownKeys.addAll(CommonParams.keys(role));
            protocols.forEach(syntax -> knownKeys.addAll(syntax.keys(role)));
        }
        List<String> labels = protocols.stream().map(syntax -> syntax.protocol().label()).toList();
        names = labels.size() == 1 ? labels.get(0) : String.join(", ", labels.subList(0, labels.size() - 1))
                + " or " + labels.get(labels.size() - 1);
    }

    /**
     * Parses {@code text} as a transport string for {@code role}, checking every rule of SPEC.md §2;
     * {@code password=*} takes the password from {@code passwords}, asked at most once.
     */
    public TransportSpec parse(String text, Role role, PasswordSource passwords) throws TransportSyntaxException {
        String body = unquoted(text.strip());
        if (body.isEmpty()) {
            throw TransportSyntaxErrors.emptyString();
        }
        int colon = body.indexOf(PROTOCOL_SEPARATOR);
        if (colon < 0 && (body.indexOf('=') >= 0 || body.indexOf(',') >= 0)) {
            throw TransportSyntaxErrors.noProtocol(body);
        }
        return parse(syntax(colon < 0 ? body : body.substring(0, colon)), colon < 0 ? "" : body.substring(colon + 1),
                role, passwords);
    }

    private <S extends TransportSpec> S parse(ProtocolSyntax<S> syntax, String parameters, Role role,
                                              PasswordSource passwords) throws TransportSyntaxException {
        ParamList params = ParamList.parse(parameters, syntax, role, this::known);
        Function<CommonParams, S> spec = syntax.assemble(params, role);
        return spec.apply(CommonParams.from(params, passwords));
    }

    /**
     * True when {@code text} reads as one transport parameter ({@code password=x}, {@code hidden}):
     * its key, up to an {@code =}, is one the grammar knows. A command line holding one as a command
     * of its own has most likely lost it to a {@code ;} typed for a {@code ,}.
     */
    public boolean looksLikeParameter(String text) {
        int equals = text.indexOf('=');
        return known((equals < 0 ? text : text.substring(0, equals)).strip()).isPresent();
    }

    private Optional<Param> known(String typedKey) {
        return knownKeys.stream().filter(param -> param.named(typedKey)).findFirst();
    }

    private static String unquoted(String text) {
        boolean quoted = text.length() >= 2 && text.startsWith(QUOTE) && text.endsWith(QUOTE);
        return quoted ? text.substring(1, text.length() - 1).strip() : text;
    }

    private ProtocolSyntax<?> syntax(String token) throws TransportSyntaxException {
        String wanted = token.strip().toLowerCase(Locale.ROOT);
        for (ProtocolSyntax<?> syntax : protocols) {
            if (syntax.protocol().label().equals(wanted)) {
                return syntax;
            }
        }
        throw TransportSyntaxErrors.unknownProtocol(token.strip(), names);
    }
}
