package io.dbgshell.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one masker of passwords: hides password values in typed transport text and in text that may
 * quote one (transcripts, messages, logs). It follows the transport parser's own reading: one pair
 * of quotes around the whole string is set aside, parameters end at a comma, and a key is recognised
 * whatever whitespace surrounds it ({@link String#strip()}, which the parser uses, drops every
 * Unicode space, so the mask must see {@code password<EM SPACE>=} as a key too). It also works on
 * text that does not parse: any {@code password=} inside a parameter hides the rest of that
 * parameter (and of its line), so a forgotten comma ({@code port=1 password=x}) hides the value the
 * user meant as a password. Over-masking (a key merely ending in "password") is harmless;
 * under-masking is not.
 */
public final class Secrets {
    /**
     * {@code password} and its {@code =}, with any whitespace {@link String#strip()} removes or a
     * no-break space, then the value: a lone {@code *} (already masked, as in a quoted listing, which
     * keeps its closing quote) or everything up to the next comma or line end.
     */
    private static final Pattern PASSWORD_VALUE = Pattern.compile(
            "(password[\\p{javaWhitespace}\\p{Z}]*=[\\p{javaWhitespace}\\p{Z}]*)(\\*(?=[\\s,'\"]|$)|[^,\\r\\n]*)",
            Pattern.CASE_INSENSITIVE);
    private static final String QUOTE = "\"";
    private static final String HIDDEN = "*";

    private Secrets() {
    }

    /** {@code typed} with every password value replaced by {@code *}, the key kept as typed. */
    public static String mask(String typed) {
        String body = typed.strip();
        if (body.length() >= 2 && body.startsWith(QUOTE) && body.endsWith(QUOTE)) {
            int open = typed.indexOf(QUOTE);
            int close = typed.lastIndexOf(QUOTE);
            return typed.substring(0, open + 1) + maskValues(typed.substring(open + 1, close)) + typed.substring(close);
        }
        return maskValues(typed);
    }

    private static String maskValues(String text) {
        Matcher matcher = PASSWORD_VALUE.matcher(text);
        StringBuilder masked = new StringBuilder();
        while (matcher.find()) {
            String value = matcher.group(2);
            String replacement = matcher.group(1) + (value.isBlank() ? value : HIDDEN);
            matcher.appendReplacement(masked, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(masked);
        return masked.toString();
    }
}
