package io.dbgshell.engine.jdi.render;

import com.sun.jdi.ArrayReference;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.Value;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/** The walks over the JDK's linked collections, reading their fields, never calling their methods. */
final class Walks {
    private Walks() {
    }

    /** A chain of nodes: {@code first}, then each node's {@code link} field. */
    static WalkedChildren.Walk chain(ObjectReference first, String link, String... payload) {
        return new WalkedChildren.Walk() {
            private final String[] names = names(payload, link);
            private ObjectReference node = first;

            @Override
            public Value[] next() {
                if (node == null) {
                    return null;
                }
                Value[] read = Reads.fields(node, names);
                node = Reads.object(read[payload.length]);
                Value[] item = new Value[payload.length];
                System.arraycopy(read, 0, item, 0, payload.length);
                return item;
            }
        };
    }

    private static String[] names(String[] payload, String link) {
        String[] names = Arrays.copyOf(payload, payload.length + 1);
        names[payload.length] = link;
        return names;
    }

    /**
     * A hash table of chained nodes (HashMap, ConcurrentHashMap): the table is read {@code
     * tableChunk} slots at a time, each bucket's chain one node per round trip. A ConcurrentHashMap
     * bucket may hold a {@code TreeBin}, whose nodes are still chained through {@code next} from its
     * {@code first}.
     */
    static WalkedChildren.Walk buckets(ArrayReference table, String valueField, int tableChunk) {
        return new WalkedChildren.Walk() {
            private final int length = table == null ? 0 : table.length();
            private List<Value> chunk = List.of();
            private int chunkStart;
            private int slot;
            private ObjectReference node;

            @Override
            public Value[] next() {
                while (node == null) {
                    if (slot >= length) {
                        return null;
                    }
                    if (slot - chunkStart >= chunk.size()) {
                        chunkStart = slot;
                        chunk = Reads.slice(table, slot, Math.min(tableChunk, length - slot));
                    }
                    node = binStart(Reads.object(chunk.get(slot - chunkStart)));
                    slot++;
                }
                Value[] read = Reads.fields(node, "key", valueField, "next");
                node = Reads.object(read[2]);
                return new Value[] {read[0], read[1]};
            }
        };
    }

    private static ObjectReference binStart(ObjectReference head) {
        if (head == null) {
            return null;
        }
        String name = head.referenceType().name();
        if (name.endsWith("ConcurrentHashMap$TreeBin")) {
            return Reads.object(Reads.field(head, "first"));
        }
        if (name.endsWith("ConcurrentHashMap$ForwardingNode")) {
            // a resize is half done: the entries are split between two tables
            throw new LayoutException("a ConcurrentHashMap in the middle of a resize");
        }
        if (name.endsWith("ConcurrentHashMap$ReservationNode")) {
            return null;
        }
        return head;
    }

    /** A TreeMap's entries in key order: an in-order walk, one round trip per node. */
    static WalkedChildren.Walk inOrder(ObjectReference root) {
        return new WalkedChildren.Walk() {
            private final Deque<Value[]> path = new ArrayDeque<>();
            private ObjectReference descend = root;

            @Override
            public Value[] next() {
                while (descend != null) {
                    Value[] read = Reads.fields(descend, "key", "value", "left", "right");
                    path.push(read);
                    descend = Reads.object(read[2]);
                }
                if (path.isEmpty()) {
                    return null;
                }
                Value[] node = path.pop();
                descend = Reads.object(node[3]);
                return new Value[] {node[0], node[1]};
            }
        };
    }
}
