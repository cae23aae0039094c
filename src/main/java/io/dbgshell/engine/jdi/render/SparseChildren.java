package io.dbgshell.engine.jdi.render;

import com.sun.jdi.ArrayReference;
import com.sun.jdi.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * The immutable sets and maps of {@code Set.of} and {@code Map.of} ({@code SetN}, {@code MapN}): an
 * open-addressed table with empty slots ({@code null}), keys and values side by side for a map. Shown
 * in table order, which is not the (per-run salted) order their iterators take. Reaching a page reads
 * the table in chunks, never one slot at a time.
 *
 * @param table the table
 * @param size  how many elements or entries there are
 * @param pairs true for a map (slot {@code 2i} a key, {@code 2i+1} its value)
 * @param chunk elements or entries read per round trip while looking for a page ({@link RenderSettings#DX_TABLE_CHUNK})
 */
record SparseChildren(ArrayReference table, long size, boolean pairs, int chunk) implements Children {

    @Override
    public List<Child> page(long first, int count) {
        List<Child> children = new ArrayList<>();
        int length = table.length();
        int step = pairs ? 2 : 1;
        long seen = 0;
        int span = chunk * step; // a key and its value are never read in two round trips
        for (int at = 0; at < length && children.size() < count; at += span) {
            List<Value> slots = Reads.slice(table, at, Math.min(span, length - at));
            for (int i = 0; i + step - 1 < slots.size() && children.size() < count; i += step) {
                Value slot = slots.get(i);
                if (slot == null) {
                    continue;
                }
                if (seen >= first) {
                    String name = Reads.index(seen);
                    children.add(pairs ? new Child.Entry(name, slot, slots.get(i + 1)) : new Child.Of(name, slot, null));
                }
                seen++;
            }
        }
        return children;
    }
}
