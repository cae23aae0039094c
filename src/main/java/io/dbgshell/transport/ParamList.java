package io.dbgshell.transport;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of one transport string, split and checked against the protocol's grammar for
 * one role: every key is known, belongs to the protocol and to this side, appears once, and is a
 * flag or has a non-empty value as its kind demands. Whitespace around keys and values is
 * dropped; the typed spelling of each key is kept so that later messages can quote it.
 */
final class ParamList {
    private static final String SEPARATOR = ",";
    private static final String UNC_PREFIX = "\\\\";

    /** Turns a checked value into its typed form, or refuses it. */
    @FunctionalInterface
    interface ValueParser<T> {
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

    static ParamList parse(String parameters, Protocol protocol, Role role) throws TransportSyntaxException {
        Map<Param, Entry> entries = new EnumMap<>(Param.class);
        if (!parameters.isBlank()) {
            for (String item : parameters.split(SEPARATOR, -1)) {
                if (item.isBlank()) {
                    throw TransportSyntaxErrors.emptyParameter(parameters);
                }
                add(entries, item.strip(), protocol, role);
            }
        }
        return new ParamList(protocol, entries);
    }

    private static void add(Map<Param, Entry> entries, String item, Protocol protocol, Role role)
            throws TransportSyntaxException {
        int equals = item.indexOf('=');
        String typedKey = (equals < 0 ? item : item.substring(0, equals)).strip();
        if (typedKey.isEmpty()) {
            throw TransportSyntaxErrors.noKey(item);
        }
        Param param = Param.byKey(typedKey).orElseThrow(() -> TransportSyntaxErrors.unknownParameter(typedKey, protocol));
        if (!ProtocolGrammar.belongs(protocol, param)) {
            throw TransportSyntaxErrors.foreignParameter(typedKey, protocol);
        }
        if (!ProtocolGrammar.allowed(protocol, role).contains(param)) {
            throw TransportSyntaxErrors.wrongSide(typedKey, protocol, role);
        }
        String value = equals < 0 ? null : normalised(param, item.substring(equals + 1).strip());
        checkForm(param, typedKey, value);
        if (entries.putIfAbsent(param, new Entry(typedKey, value)) != null) {
            throw TransportSyntaxErrors.duplicate(typedKey);
        }
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

    Protocol protocol() {
        return protocol;
    }

    boolean has(Param param) {
        return entries.containsKey(param);
    }

    /** The key as the user typed it, for messages; the documented spelling when it was not given. */
    String typedKey(Param param) {
        Entry entry = entries.get(param);
        return entry != null ? entry.typedKey() : param.key();
    }

    Optional<String> value(Param param) {
        return Optional.ofNullable(entries.get(param)).map(Entry::value);
    }

    <T> Optional<T> optional(Param param, ValueParser<T> parser) throws TransportSyntaxException {
        Entry entry = entries.get(param);
        return entry == null ? Optional.empty() : Optional.of(parser.parse(entry.value()));
    }

    String required(Param param) throws TransportSyntaxException {
        Entry entry = entries.get(param);
        if (entry == null) {
            throw TransportSyntaxErrors.missing(protocol, param);
        }
        return entry.value();
    }

    <T> T required(Param param, ValueParser<T> parser) throws TransportSyntaxException {
        return parser.parse(required(param));
    }
}
