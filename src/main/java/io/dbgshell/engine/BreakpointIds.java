package io.dbgshell.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Which breakpoints {@code bc}, {@code bd} or {@code be} act on: {@code *}, or IDs and ranges
 * {@code ID-ID}, separated by spaces or commas; parsed once.
 */
public record BreakpointIds(boolean all, List<Range> ranges) {
    /** The largest breakpoint ID anyone can type; IDs are handed out from 0 upwards. */
    public static final int MAX_ID = 9999;

    public static final BreakpointIds ALL = new BreakpointIds(true, List.of());

    /** {@code first} to {@code last}, both included. */
    public record Range(int first, int last) {
    }

    public boolean contains(int id) {
        return all || ranges.stream().anyMatch(range -> id >= range.first && id <= range.last);
    }

    /** The IDs as a user types them: {@code 7}, {@code 1, 4-6}, {@code *}. */
    public String text() {
        if (all) {
            return "*";
        }
        return String.join(", ", ranges.stream()
                .map(range -> range.first == range.last ? Integer.toString(range.first) : range.first + "-" + range.last)
                .toList());
    }

    public static BreakpointIds parse(String text) throws EngineException {
        String list = text.strip();
        if (list.isEmpty()) {
            throw new EngineException("expected breakpoint IDs: ID, ID-ID or *");
        }
        if (list.equals("*")) {
            return ALL;
        }
        List<Range> ranges = new ArrayList<>();
        for (String token : list.split("[\\s,]+")) {
            int dash = token.indexOf('-', 1);
            int first = id(token, dash < 0 ? token : token.substring(0, dash));
            int last = dash < 0 ? first : id(token, token.substring(dash + 1));
            if (last < first) {
                throw new EngineException("'" + token + "' is an empty range");
            }
            ranges.add(new Range(first, last));
        }
        return new BreakpointIds(false, List.copyOf(ranges));
    }

    private static int id(String token, String digits) throws EngineException {
        if (!digits.matches("[0-9]{1,4}")) {
            throw new EngineException("'" + token + "' is not a breakpoint ID (0-" + MAX_ID + "), ID-ID or *");
        }
        return Integer.parseInt(digits);
    }
}
