package io.dbgshell.testing;

import java.util.regex.Pattern;

/** Terminal escape sequences, for asserting on what a screen shows rather than how it was drawn. */
public final class Ansi {
    /** CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \), and two-character escapes such as ESC = or ESC >. */
    private static final Pattern SEQUENCE = Pattern.compile(
            "\u001b\\[[0-?]*[ -/]*[@-~]|\u001b\\][^\u0007\u001b]*(\u0007|\u001b\\\\)|\u001b[()][0-9A-Za-z]|\u001b[@-Z\\\\-_=>]");

    private Ansi() {
    }

    /**
     * {@code text} without escape sequences; a carriage return, which starts a redraw of the line,
     * becomes a line break so what was drawn before and after it stay apart.
     */
    public static String strip(String text) {
        return SEQUENCE.matcher(text).replaceAll("").replace("\r\n", "\n").replace('\r', '\n');
    }
}
