package io.dbgshell.transport.spec;

import java.util.HashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The parameters of one transport string, split and checked against the protocol's grammar for
 * one role: every key is known, belongs to the protocol and to this side, appears once, and is a
 * flag or has a non-empty value as its kind demands. Whitespace around keys and values is
 * dropped; the typed spelling of each key is kept so that later messages can quote it.
 */
public final class ParamList {
    private static final String SEPARATOR = ",";
    private static final String UNC_PREFIX = "\\\\";

    /** Turns a checked value into its typed form, or refuses it. */
    @FunctionalInterface
    public interface ValueParser<T> {
        T parse(String value) throws TransportSyntaxException;
    }

    private record Entry(String typedKey, String value) {
    }

    private final Protocol protocol;
    private final Map<Param, Entry> entries;

    private ParamList(Protocol protocol, Map<Param, Entry> entries) {
        this.protocol = protocol;
        this.entries = entries;
    }

    /** @param known the parameter a key names, among every protocol's, ignoring case; empty for an unknown key */
    static ParamList parse(String parameters, ProtocolSyntax<?> syntax, Role role, Function<String, Optional<Param>> known)
            throws TransportSyntaxException {
        Map<Param, Entry> entries = new HashMap<>();
        if (!parameters.isBlank()) {
            for (String item : parameters.split(SEPARATOR, -1)) {
                if (item.isBlank()) {
                    throw TransportSyntaxErrors.emptyParameter(parameters);
                }
                add(entries, item.strip(), syntax, role, known);
            }
        }
        return new ParamList(syntax.protocol(), entries);
    }

    private static void add(Map<Param, Entry> entries, String item, ProtocolSyntax<?> syntax, Role role,
                            Function<String, Optional<Param>> known) throws TransportSyntaxException {
        int equals = item.indexOf('=');
        String typedKey = (equals < 0 ? item : item.substring(0, equals)).strip();
        if (typedKey.isEmpty()) {
            throw TransportSyntaxErrors.noKey(item);
        }
        Protocol protocol = syntax.protocol();
        Param param = known.apply(typedKey).orElseThrow(() -> TransportSyntaxErrors.unknownParameter(typedKey, protocol));
        if (!accepts(syntax, Role.SERVER).contains(param) && !accepts(syntax, Role.CLIENT).contains(param)) {
            throw TransportSyntaxErrors.foreignParameter(typedKey, protocol);
        }
        if (!accepts(syntax, role).contains(param)) {
            throw TransportSyntaxErrors.wrongSide(typedKey, protocol, role);
        }
        String value = equals < 0 ? null : normalised(param, item.substring(equals + 1).strip());
        checkForm(param, typedKey, value);
        if (entries.putIfAbsent(param, new Entry(typedKey, value)) != null) {
            throw TransportSyntaxErrors.duplicate(typedKey);
        }
    }

    private static Set<Param> accepts(ProtocolSyntax<?> syntax, Role role) {
        Set<Param> keys = new HashSet<>(syntax.keys(role));
        keys.addAll(CommonParams.keys(role));
        return keys;
    }

    private static String normalised(Param param, String value) {
        return param.kind() == Param.Kind.HOST && value.startsWith(UNC_PREFIX) ? value.substring(UNC_PREFIX.length()) : value;
    }

    private static void checkForm(Param param, String typedKey, String value) throws TransportSyntaxException {
        if (param.kind() == Param.Kind.FLAG) {
            if (value != null) {
                throw TransportSyntaxErrors.flagWithValue(typedKey);
            }
        } else if (value == null) {
            throw TransportSyntaxErrors.missingValue(typedKey);
        } else if (value.isEmpty()) {
            throw TransportSyntaxErrors.emptyValue(typedKey);
        }
    }

    public Protocol protocol() {
        return protocol;
    }

    public boolean has(Param param) {
        return entries.containsKey(param);
    }

    /** The key as the user typed it, for messages; the documented spelling when it was not given. */
    public String typedKey(Param param) {
        Entry entry = entries.get(param);
        return entry != null ? entry.typedKey() : param.key();
    }

    public Optional<String> value(Param param) {
        return Optional.ofNullable(entries.get(param)).map(Entry::value);
    }

    public <T> Optional<T> optional(Param param, ValueParser<T> parser) throws TransportSyntaxException {
        Entry entry = entries.get(param);
        return entry == null ? Optional.empty() : Optional.of(parser.parse(entry.value()));
    }

    public String required(Param param) throws TransportSyntaxException {
        Entry entry = entries.get(param);
        if (entry == null) {
            throw TransportSyntaxErrors.missing(protocol, param);
        }
        return entry.value();
    }

    public <T> T required(Param param, ValueParser<T> parser) throws TransportSyntaxException {
        return parser.parse(required(param));
    }
}
