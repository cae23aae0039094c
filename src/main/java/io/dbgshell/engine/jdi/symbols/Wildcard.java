package io.dbgshell.engine.jdi.symbols;

import io.dbgshell.engine.EngineException;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A WinDbg wildcard over Java names: {@code *} is any run of characters, {@code ?} one character,
 * everything else matches itself, case-sensitively as Java names are. Parsed once; a character no
 * Java name or location can hold is an error naming the pattern.
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
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else if (Character.isWhitespace(c) || Character.isISOControl(c) || "!\"'`;,()[]{}|\\^".indexOf(c) >= 0) {
                throw new EngineException("'" + c + "' cannot be part of a name in pattern '" + pattern + "'");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
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

    @Override
    public String toString() {
        return text;
    }
}
