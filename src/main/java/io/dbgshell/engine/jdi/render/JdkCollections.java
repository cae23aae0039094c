package io.dbgshell.engine.jdi.render;

import com.sun.jdi.ArrayReference;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static java.util.Map.entry;

/**
 * The {@code java.util} collections and maps shown by their contents, read from their fields the way
 * each class keeps them (OpenJDK 9 to 25; JDK 8 where the fields are the same), never by calling
 * their methods in the target. A subclass of one of these classes is shown as that class. A
 * collection whose fields are not as expected throws {@link LayoutException}.
 */
final class JdkCollections {
    /** How many items a collection says it has: {@code { size=3 }}. */
    static String sizeSummary(long size) {
        return "{ size=" + size + " }";
    }

    private final int maxWalk;
    private final int tableChunk;
    private final Map<String, Function<ObjectReference, Children>> byClass = Map.ofEntries(
            entry("java.util.ArrayList", o -> arrayWithSize(o, "elementData", "size")),
            entry("java.util.Vector", o -> arrayWithSize(o, "elementData", "elementCount")),
            entry("java.util.PriorityQueue", o -> arrayWithSize(o, "queue", "size")),
            entry("java.util.concurrent.CopyOnWriteArrayList", o -> wholeArray(o, "array")),
            entry("java.util.Arrays$ArrayList", o -> wholeArray(o, "a")),
            entry("java.util.ImmutableCollections$ListN", o -> wholeArray(o, "elements")),
            entry("java.util.ImmutableCollections$List12", this::oneOrTwo),
            entry("java.util.ImmutableCollections$Set12", this::oneOrTwo),
            entry("java.util.ImmutableCollections$SetN", o -> sparse(o, "elements", false)),
            entry("java.util.ImmutableCollections$MapN", o -> sparse(o, "table", true)),
            entry("java.util.ImmutableCollections$Map1", JdkCollections::mapOfOne),
            entry("java.util.ImmutableCollections$SubList", this::subList),
            entry("java.util.ArrayDeque", JdkCollections::arrayDeque),
            entry("java.util.LinkedList", this::linkedList),
            entry("java.util.EnumMap", JdkCollections::enumMap),
            entry("java.util.HashMap", o -> map(o, false)),
            entry("java.util.TreeMap", o -> map(o, false)),
            entry("java.util.concurrent.ConcurrentHashMap", this::concurrentHashMap),
            entry("java.util.HashSet", o -> map(Reads.object(Reads.field(o, "map")), true)),
            entry("java.util.TreeSet", o -> map(Reads.object(Reads.field(o, "m")), true)),
            entry("java.util.Collections$UnmodifiableCollection", o -> wrapped(o, "c")),
            entry("java.util.Collections$UnmodifiableMap", o -> wrapped(o, "m")),
            entry("java.util.Collections$SynchronizedCollection", o -> wrapped(o, "c")),
            entry("java.util.Collections$SynchronizedMap", o -> wrapped(o, "m")));

    JdkCollections(int maxWalk, int tableChunk) {
        this.maxWalk = maxWalk;
        this.tableChunk = tableChunk;
    }

    /** The elements of a collection or the entries of a map this class knows, or null for another object. */
    Children childrenOf(ObjectReference object) {
        for (ReferenceType type = object.referenceType(); type != null; type = Reads.superclass(type)) {
            Function<ObjectReference, Children> reader = byClass.get(type.name());
            if (reader != null) {
                return reader.apply(object);
            }
        }
        return null;
    }

    /** {@code Collections.unmodifiableList(list)} and the like: the elements of the collection they wrap. */
    private Children wrapped(ObjectReference wrapper, String field) {
        ObjectReference inner = Reads.object(Reads.field(wrapper, field));
        Children children = inner == null ? null : childrenOf(inner);
        if (children == null) {
            throw new LayoutException("a wrapper around an unknown collection");
        }
        return children;
    }

    private static Children arrayWithSize(ObjectReference list, String arrayField, String sizeField) {
        Value[] read = Reads.fields(list, arrayField, sizeField);
        return new IndexedChildren(Reads.array(read[0]), 0, Reads.number(read[1]), null);
    }

    private static Children wholeArray(ObjectReference list, String arrayField) {
        ArrayReference array = Reads.array(Reads.field(list, arrayField));
        return new IndexedChildren(array, 0, array.length(), null);
    }

    /** {@code List.of(a)}, {@code List.of(a, b)}: {@code e1} is the class's {@code EMPTY} marker when there is one element. */
    private Children oneOrTwo(ObjectReference list) {
        Value[] read = Reads.fields(list, "e0", "e1");
        Value empty = Reads.staticField(list, "java.util.ImmutableCollections", "EMPTY");
        List<Child> children = new ArrayList<>();
        children.add(new Child.Of(Reads.index(0), read[0], null));
        if (read[1] != null && !read[1].equals(empty)) {
            children.add(new Child.Of(Reads.index(1), read[1], null));
        }
        return Children.of(children);
    }

    private Children sparse(ObjectReference collection, String tableField, boolean pairs) {
        ArrayReference table = Reads.array(Reads.field(collection, tableField));
        return new SparseChildren(table, Reads.number(Reads.field(collection, "size")), pairs, tableChunk);
    }

    private static Children mapOfOne(ObjectReference map) {
        Value[] read = Reads.fields(map, "k0", "v0");
        return Children.of(List.of(new Child.Entry(Reads.index(0), read[0], read[1])));
    }

    /** {@code List.of(...).subList(...)}: a window on a ListN (or List12) root. */
    private Children subList(ObjectReference list) {
        Value[] read = Reads.fields(list, "root", "offset", "size");
        ObjectReference root = Reads.object(read[0]);
        long offset = Reads.number(read[1]);
        long size = Reads.number(read[2]);
        Children all = root == null ? null : childrenOf(root);
        if (all == null) {
            throw new LayoutException("a sublist of an unknown list");
        }
        return new Children() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public List<Child> page(long first, int count) {
                List<Child> children = new ArrayList<>();
                long end = Math.min(size, first + count);
                for (Child child : all.page(offset + first, (int) Math.max(0, end - first))) {
                    long index = first + children.size();
                    children.add(new Child.Of(Reads.index(index), ((Child.Of) child).value(), null));
                }
                return children;
            }
        };
    }

    /** The ring {@code elements[head..tail)}, wrapping at the end of the array. */
    private static Children arrayDeque(ObjectReference deque) {
        Value[] read = Reads.fields(deque, "elements", "head", "tail");
        ArrayReference elements = Reads.array(read[0]);
        int length = elements.length();
        long head = Reads.number(read[1]);
        long tail = Reads.number(read[2]);
        return new IndexedChildren(elements, (int) head, Math.floorMod(tail - head, Math.max(1, length)), null);
    }

    /**
     * In key order: {@code vals[i]} is the value of the enum constant {@code keyUniverse[i]}, null
     * where the map has no such key, and EnumMap's own {@code NULL} marker where the value is null.
     */
    private static Children enumMap(ObjectReference map) {
        Value[] read = Reads.fields(map, "keyUniverse", "vals");
        ArrayReference keys = Reads.array(read[0]);
        ArrayReference values = Reads.array(read[1]);
        Value nullValue = Reads.staticField(map, "java.util.EnumMap", "NULL");
        List<Value> universe = Reads.slice(keys, 0, keys.length());
        List<Value> held = Reads.slice(values, 0, values.length());
        List<Child> children = new ArrayList<>();
        for (int i = 0; i < held.size(); i++) {
            Value value = held.get(i);
            if (value != null) {
                children.add(new Child.Entry(Reads.index(children.size()), universe.get(i),
                        value.equals(nullValue) ? null : value));
            }
        }
        return Children.of(children);
    }

    private Children linkedList(ObjectReference list) {
        Value[] read = Reads.fields(list, "first", "size");
        ObjectReference first = Reads.object(read[0]);
        return new WalkedChildren(Reads.number(read[1]), () -> Walks.chain(first, "next", "item"), false, maxWalk);
    }

    /** A HashMap (in table order), a LinkedHashMap (in its linked order) or a TreeMap (in key order). */
    private Children map(ObjectReference map, boolean keysOnly) {
        if (map == null) {
            throw new LayoutException("a set without its map");
        }
        ReferenceType type = map.referenceType();
        if (Reads.isA(type, "java.util.LinkedHashMap")) {
            Value[] read = Reads.fields(map, "head", "size");
            ObjectReference head = Reads.object(read[0]);
            return new WalkedChildren(Reads.number(read[1]), () -> Walks.chain(head, "after", "key", "value"), keysOnly, maxWalk);
        }
        if (Reads.isA(type, "java.util.HashMap")) {
            Value[] read = Reads.fields(map, "table", "size");
            ArrayReference table = Reads.array(read[0]);
            return new WalkedChildren(Reads.number(read[1]), () -> Walks.buckets(table, "value", tableChunk), keysOnly,
                    maxWalk);
        }
        if (Reads.isA(type, "java.util.TreeMap")) {
            Value[] read = Reads.fields(map, "root", "size");
            ObjectReference root = Reads.object(read[0]);
            return new WalkedChildren(Reads.number(read[1]), () -> Walks.inOrder(root), keysOnly, maxWalk);
        }
        throw new LayoutException("a set backed by " + type.name());
    }

    /** Its size is {@code baseCount} plus every counter cell, as {@code ConcurrentHashMap.sumCount} adds them. */
    private Children concurrentHashMap(ObjectReference map) {
        Value[] read = Reads.fields(map, "table", "baseCount", "counterCells");
        ArrayReference table = Reads.array(read[0]);
        long size = Reads.number(read[1]);
        ArrayReference cells = Reads.array(read[2]);
        if (cells != null) {
            for (Value cell : Reads.slice(cells, 0, cells.length())) {
                if (cell != null) {
                    size += Reads.number(Reads.field(Reads.object(cell), "value"));
                }
            }
        }
        return new WalkedChildren(size, () -> Walks.buckets(table, "val", tableChunk), false, maxWalk);
    }
}
