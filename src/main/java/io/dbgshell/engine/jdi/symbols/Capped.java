package io.dbgshell.engine.jdi.symbols;

import java.util.ArrayList;
import java.util.List;

/** Collects a view's lines up to a cap, then counts the rest for one {@code ... N more} line. */
final class Capped {
    private final int max;
    private final List<String> lines = new ArrayList<>();
    private int more;

    Capped(int max) {
        this.max = max;
    }

    void add(String line) {
        if (lines.size() < max) {
            lines.add(line);
        } else {
            more++;
        }
    }

    /** Whether further lines would only be counted: a caller may stop fetching them. */
    boolean full() {
        return lines.size() >= max;
    }

    /** Counts lines that were not even fetched. */
    void skip(int count) {
        more += count;
    }

    List<String> lines() {
        List<String> all = new ArrayList<>(lines);
        if (more > 0) {
            all.add("... " + more + " more");
        }
        return List.copyOf(all);
    }
}
