package io.dbgshell.session;

import java.util.ArrayDeque;

/** The last N lines of session output, replayed to a client when it joins. Used only in the session executor's turn. */
final class OutputHistory {
    private final int capacity;
    private final ArrayDeque<String> lines;

    OutputHistory(int capacity) {
        this.capacity = capacity;
        this.lines = new ArrayDeque<>(Math.min(capacity, 1024));
    }

    /** Adds text made of whole lines, each ending with a line feed. */
    void add(String text) {
        if (capacity == 0) {
            return;
        }
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            lines.addLast(text.substring(start, end));
            if (lines.size() > capacity) {
                lines.removeFirst();
            }
            start = end;
        }
    }

    String text() {
        return String.join("", lines);
    }
}
