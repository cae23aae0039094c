package io.dbgshell.client;

import java.util.List;

/**
 * Makes text from the host safe to print on this client's terminal. A host (or anyone posing as
 * one) could otherwise drive the terminal: write the clipboard (OSC 52), set the window title,
 * clear the screen, move the cursor to overwrite what is shown. Escape sequences (ECMA-48: CSI,
 * control strings such as OSC, and two-character escapes) are removed whole; every other control
 * character except line feed and tab becomes {@code ?}. Plain text passes unchanged.
 */
final class HostText {
    private static final char ESC = 0x1b;
    private static final char BEL = 0x07;
    /** C1 string terminator, which ends a control string like {@code ESC \}. */
    private static final char ST = 0x9c;

    private HostText() {
    }

    /**
     * The host's command names that are safe to offer for completion (a completion is inserted into
     * the line being typed and listed on the screen): printable ASCII without spaces, at most
     * {@code maxChars} characters each and {@code maxNames} in all ({@link ClientSettings}); others
     * are left out.
     */
    static List<String> commandNames(List<String> offered, int maxNames, int maxChars) {
        return offered.stream()
                .filter(name -> !name.isEmpty() && name.length() <= maxChars
                        && name.chars().allMatch(c -> c > ' ' && c < 0x7f))
                .distinct()
                .limit(maxNames)
                .toList();
    }

    static String neutralise(String text) {
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                if (out != null) {
                    out.append(c);
                }
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (c == ESC) {
                i = escapeEnd(text, i + 1);
            } else {
                out.append('?');
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    /** Where the escape sequence whose ESC came just before {@code from} ends. */
    private static int escapeEnd(String text, int from) {
        if (from == text.length()) {
            return from;
        }
        char c = text.charAt(from);
        if (c == '[') {
            int i = skip(text, from + 1, 0x20, 0x3f); // parameter and intermediate bytes
            return i < text.length() && in(text.charAt(i), 0x40, 0x7e) ? i + 1 : i;
        }
        if (c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_') {
            return controlStringEnd(text, from + 1);
        }
        int i = skip(text, from, 0x20, 0x2f); // intermediate bytes of an nF escape
        return i < text.length() && in(text.charAt(i), 0x30, 0x7e) ? i + 1 : i;
    }

    /** A control string (OSC, DCS, SOS, PM, APC) runs to BEL or ST; unterminated, to the end of the text. */
    private static int controlStringEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == BEL || c == ST) {
                return i + 1;
            }
            if (c == ESC && i + 1 < text.length() && text.charAt(i + 1) == '\\') {
                return i + 2;
            }
        }
        return text.length();
    }

    private static int skip(String text, int from, int low, int high) {
        int i = from;
        while (i < text.length() && in(text.charAt(i), low, high)) {
            i++;
        }
        return i;
    }

    private static boolean in(char c, int low, int high) {
        return c >= low && c <= high;
    }
}
