package io.dbgshell.transport;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides password values in typed transport text. It works on the raw text rather than on a parsed
 * spec so that it also covers strings that do not parse: every {@code password=} (any case,
 * spaces allowed around the {@code =}) has its value, up to the next comma, replaced by {@code *}.
 * Over-masking (a key merely ending in "password") is harmless; under-masking is not.
 */
final class PasswordMask {
    private static final Pattern PASSWORD_VALUE = Pattern.compile("(password\\s*=\\s*)([^,]*)", Pattern.CASE_INSENSITIVE);
    private static final String QUOTE = "\"";

    private PasswordMask() {
    }

    static String mask(String typed) {
        Matcher matcher = PASSWORD_VALUE.matcher(typed);
        StringBuilder masked = new StringBuilder();
        while (matcher.find()) {
            String value = matcher.group(2);
            String replacement = value.isBlank() ? value : "*" + closingQuote(value, matcher.end() == typed.length());
            matcher.appendReplacement(masked, Matcher.quoteReplacement(matcher.group(1) + replacement));
        }
        matcher.appendTail(masked);
        return masked.toString();
    }

    /** Keeps the quote that closes a quoted string, so {@code "tcp:password=x"} stays balanced. */
    private static String closingQuote(String value, boolean atEnd) {
        return atEnd && value.endsWith(QUOTE) ? QUOTE : "";
    }
}
