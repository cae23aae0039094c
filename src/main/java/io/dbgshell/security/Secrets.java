package io.dbgshell.security;

import java.util.regex.Pattern;

/**
 * Masks passwords in text that is about to be shown, logged or saved: any {@code password=VALUE}
 * (any case, spaces allowed around the {@code =}, as the transport parser allows them) has its value
 * replaced by {@code *}. The value ends before a quote of either kind, so masking text that quotes
 * an already masked string ({@code 'tcp:password=*'}) keeps it intact, and at a {@code ;} or a space,
 * so the rest of a command line stays readable. Used on echoed commands, transcripts and history;
 * a lone transport string is masked by {@code TransportSpecParser.maskPassword}, whose value runs to
 * the next comma.
 */
public final class Secrets {
    private static final Pattern PASSWORD = Pattern.compile("(?i)(password\\s*=\\s*)[^,;\"'\\s]*");

    private Secrets() {
    }

    public static String maskLine(String line) {
        if (line.indexOf('=') < 0) {
            return line; // every command line is masked before it is echoed; most have nothing to mask
        }
        return PASSWORD.matcher(line).replaceAll("$1*");
    }
}
