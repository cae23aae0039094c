package io.dbgshell.session;

import java.util.ArrayDeque;

/**
 * The last N lines of session output, replayed to a client when it joins, and never more than
 * {@link SessionSettings#HISTORY_BYTES} of them (the oldest lines go first): long lines (4,000 CJK
 * characters are 12 KB) would otherwise make the replay as large as N times the longest line. Used only in the session executor's turn.
 */
final class OutputHistory {
    private final int capacity;
    private final int maxBytes;
    private final ArrayDeque<String> lines;
    private long bytes;

    OutputHistory(int capacity, int maxBytes) {
        this.capacity = capacity;
        this.maxBytes = maxBytes;
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
            String line = text.substring(start, end);
            lines.addLast(line);
            bytes += utf8Bytes(line);
            while (lines.size() > capacity || bytes > maxBytes) {
                bytes -= utf8Bytes(lines.removeFirst());
            }
            start = end;
        }
    }

    String text() {
        return String.join("", lines);
    }

    /**
     * The length of {@code line} in UTF-8, a surrogate pair counting 4. Counted here rather than by
     * Netty's {@code ByteBufUtil}, whose first use sets up Netty's buffer allocator (and its JFR
     * events), which a host with nobody attached never needs: that was a sixth of start-up.
     */
    static int utf8Bytes(String line) {
        int bytes = line.length();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= 0x80) {
                bytes += c < 0x800 || Character.isSurrogate(c) ? 1 : 2;
            }
        }
        return bytes;
    }
}
