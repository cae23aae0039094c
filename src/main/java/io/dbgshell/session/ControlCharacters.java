package io.dbgshell.session;

/** Makes typed text safe to show on other people's terminals: control characters other than tab become {@code ?}. */
final class ControlCharacters {
    private ControlCharacters() {
    }

    static String replace(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t') {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, '?');
            }
        }
        return out == null ? text : out.toString();
    }
}
