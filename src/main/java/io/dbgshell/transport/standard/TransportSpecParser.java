package io.dbgshell.transport.standard;

import io.dbgshell.transport.spec.PasswordSource;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.spec.SpecParser;
import io.dbgshell.transport.spec.TransportSpec;
import io.dbgshell.transport.spec.TransportSyntaxException;

/**
 * The one parser for transport strings ({@code -server}, {@code .server}, {@code -remote}) over
 * every protocol of {@link StandardProtocols}; see {@link SpecParser} for the language.
 */
public final class TransportSpecParser {
    private static final SpecParser PARSER = new SpecParser(StandardProtocols.syntaxes());

    private TransportSpecParser() {
    }

    /** Parses {@code text} as a transport string for {@code role}, refusing {@code password=*}. */
    public static TransportSpec parse(String text, Role role) throws TransportSyntaxException {
        return parse(text, role, PasswordSource.NONE);
    }

    /**
     * Parses {@code text} as a transport string for {@code role}, checking every rule of SPEC.md §2;
     * {@code password=*} takes the password from {@code passwords}, asked at most once.
     */
    public static TransportSpec parse(String text, Role role, PasswordSource passwords) throws TransportSyntaxException {
        return PARSER.parse(text, role, passwords);
    }

    /**
     * True when {@code text} reads as one transport parameter ({@code password=x}, {@code hidden}):
     * a command line holding one as a command of its own has most likely lost it to a {@code ;}
     * typed for a {@code ,}.
     */
    public static boolean looksLikeParameter(String text) {
        return PARSER.looksLikeParameter(text);
    }
}
