package io.dbgshell.engine.jdi.symbols;

import io.dbgshell.engine.EngineException;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A WinDbg wildcard over Java names: {@code *} is any run of characters, {@code ?} one character,
 * everything else matches itself, case-sensitively as Java names are. Parsed once; a character no
 * Java name or location can hold is an error naming the pattern. Every wildcard of the engine is
 * one of these: {@code x}, {@code lm}, {@code dv}, {@code bm}, {@code sx* ld:} and the step filter.
 */
public final class Wildcard {
    /** Matches everything ({@code lm} and {@code x} without a pattern). */
    public static final Wildcard ANY = new Wildcard("*", Pattern.compile(".*", Pattern.DOTALL));

    private final String text;
    private final Pattern regex;

    private Wildcard(String text, Pattern regex) {
        this.text = text;
        this.regex = regex;
    }

    /** @throws EngineException naming the pattern and the character when it cannot be a name */
    public static Wildcard parse(String pattern) throws EngineException {
        if (pattern.isEmpty()) {
            throw new EngineException("an empty pattern matches nothing");
        }
        for (char c : pattern.toCharArray()) {
            if (Character.isWhitespace(c) || Character.isISOControl(c) || "!\"'`;,()[]{}|\\^".indexOf(c) >= 0) {
                throw new EngineException("'" + c + "' cannot be part of a name in pattern '" + pattern + "'");
            }
        }
        return of(pattern);
    }

    /**
     * A pattern taken as it is: its command's grammar has checked it ({@code bm}, {@code sx ld:},
     * {@code .stepfilter}), or any text may simply match no name ({@code dv}).
     */
    public static Wildcard of(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return new Wildcard(pattern, Pattern.compile(regex.toString(), Pattern.DOTALL));
    }

    /** The optional argument of {@code lm}: none when blank. */
    public static Optional<Wildcard> parseOptional(String argument) throws EngineException {
        String text = argument.strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(parse(text));
    }

    public boolean matches(String name) {
        return regex.matcher(name).matches();
    }

    /**
     * A pattern for JDI's {@code addClassFilter}, which knows only a leading or trailing {@code *},
     * that lets through at least every match: the text up to its first wildcard followed by
     * {@code *}; empty when the pattern starts with a wildcard. The target then reports few class
     * loads and the rest is matched here.
     */
    public String targetFilter() {
        int star = text.indexOf('*');
        int question = text.indexOf('?');
        int wild = star < 0 || question < 0 ? Math.max(star, question) : Math.min(star, question);
        if (wild < 0) {
            return text;
        }
        return wild == 0 ? "" : text.substring(0, wild) + "*";
    }

    @Override
    public String toString() {
        return text;
    }
}
