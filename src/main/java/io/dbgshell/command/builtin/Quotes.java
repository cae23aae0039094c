package io.dbgshell.command.builtin;

/** Removes one pair of double quotes around an argument, as users quote strings with spaces. */
final class Quotes {
    private Quotes() {
    }

    static String strip(String text) {
        String trimmed = text.strip();
        if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
            return trimmed.substring(1, trimmed.length() - 1);
        }
        return trimmed;
    }
}
