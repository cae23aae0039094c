package io.dbgshell.session;

/**
 * Holds every line of session output to a bounded length. One line can be made arbitrarily long
 * (script arguments, a target's string); shown whole it would cost every participant's queue and
 * screen, and the join history, that much. A longer line keeps its start and ends with a marker
 * saying how many characters were cut.
 */
final class OutputLines {
    private static final String MARKER_START = "... [line cut: ";
    private static final String MARKER_END = " more characters]";
    /** Room kept for the marker: its text with the longest count a String can need. */
    private static final int MARKER_ROOM = MARKER_START.length() + String.valueOf(Integer.MAX_VALUE).length()
            + MARKER_END.length();

    private OutputLines() {
    }

    /**
     * {@code text} with every line over {@code maxLineChars} ({@link SessionSettings#OUTPUT_LINE_CHARS})
     * cut; the same instance when none is.
     */
    static String cut(String text, int maxLineChars) {
        StringBuilder out = null;
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            if (end - start > maxLineChars) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, start);
                }
                int keep = start + maxLineChars - MARKER_ROOM;
                if (Character.isHighSurrogate(text.charAt(keep - 1))) {
                    keep--; // never split a character in two
                }
                out.append(text, start, keep).append(MARKER_START).append(end - keep).append(MARKER_END);
            } else if (out != null) {
                out.append(text, start, end);
            }
            if (out != null && newline >= 0) {
                out.append('\n');
            }
            start = end + 1;
        }
        return out == null ? text : out.toString();
    }
}
