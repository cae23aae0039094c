package io.dbgshell.engine;

import java.util.regex.Pattern;

/**
 * What an {@code sx*} command applies to, parsed once: an exception class (its subclasses
 * included; {@code *} for every exception), {@code ld[:PATTERN]} (classes loaded, all or those whose
 * name matches a {@code *}/{@code ?} wildcard), {@code ct}, {@code et}, {@code epr} or {@code out}.
 *
 * @param kind    which events
 * @param pattern the exception class or class-load pattern; empty for the other kinds
 */
public record EventFilter(Kind kind, String pattern) {

    /** The event kinds, with the code {@code sx} lists them by and a name for people. */
    public enum Kind {
        EXCEPTION("", "Exception"),
        CLASS_LOAD("ld", "Class loaded"),
        THREAD_START("ct", "Thread started"),
        THREAD_END("et", "Thread ended"),
        EXIT("epr", "Target exited"),
        OUTPUT("out", "Target output");

        private final String code;
        private final String title;

        Kind(String code, String title) {
            this.code = code;
            this.title = title;
        }

        public String code() {
            return code;
        }

        public String title() {
            return title;
        }
    }

    /** Every exception, or every class loaded: the filter that holds the default. */
    public static final String ANY = "*";

    private static final Pattern CLASS_NAME = Pattern.compile(
            "[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*(\\.[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*)*");
    private static final Pattern CLASS_PATTERN = Pattern.compile("[\\p{javaJavaIdentifierPart}.*?]+");

    /** The token {@code sx} lists the filter by. */
    public String code() {
        return switch (kind) {
            case EXCEPTION -> pattern;
            case CLASS_LOAD -> pattern.equals(ANY) ? "ld" : "ld:" + pattern;
            default -> kind.code();
        };
    }

    public static EventFilter parse(String text) throws EngineException {
        String token = text.strip();
        if (token.isEmpty()) {
            throw new EngineException("expected an exception class, *, ld[:PATTERN], ct, et, epr or out");
        }
        if (token.split("\\s+").length > 1) {
            throw new EngineException("one filter at a time, got '" + token + "'");
        }
        for (Kind kind : new Kind[] {Kind.THREAD_START, Kind.THREAD_END, Kind.EXIT, Kind.OUTPUT}) {
            if (token.equals(kind.code())) {
                return new EventFilter(kind, "");
            }
        }
        if (token.equals("ld")) {
            return new EventFilter(Kind.CLASS_LOAD, ANY);
        }
        if (token.startsWith("ld:")) {
            String pattern = token.substring(3);
            if (!CLASS_PATTERN.matcher(pattern).matches()) {
                throw new EngineException("'" + pattern + "' is not a class name pattern");
            }
            return new EventFilter(Kind.CLASS_LOAD, pattern);
        }
        if (token.equals(ANY) || CLASS_NAME.matcher(token).matches()) {
            return new EventFilter(Kind.EXCEPTION, token);
        }
        throw new EngineException("'" + token + "' is not an exception class, *, ld[:PATTERN], ct, et, epr or out");
    }
}
