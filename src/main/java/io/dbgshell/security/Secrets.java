package io.dbgshell.security;

import java.util.regex.Pattern;

/**
 * Masks passwords in text that is about to be shown, logged or saved: any {@code password=VALUE}
 * (any case) has its value replaced by {@code *}. The value ends before a quote of either kind, so
 * masking text that quotes an already masked string ({@code 'tcp:password=*'}) keeps it intact.
 * Used on echoed commands, transcripts and history.
 */
public final class Secrets {
    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^,;\"'\\s]*");

    private Secrets() {
    }

    public static String maskLine(String line) {
        if (line.indexOf('=') < 0) {
            return line; // every command line is masked before it is echoed; most have nothing to mask
        }
        return PASSWORD.matcher(line).replaceAll("$1*");
    }
}
