package io.dbgshell.engine.jdi.render;

import com.sun.jdi.ArrayReference;
import com.sun.jdi.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * Elements kept in an array: an array itself, an ArrayList's {@code elementData}, an ArrayDeque's
 * ring. A page costs one or two round trips whatever the size ({@code ArrayReference.getValues}).
 *
 * @param array        where the elements are
 * @param start        the array index of element 0
 * @param size         how many elements there are
 * @param elementType  the declared type of an element, for {@code null}s; null when unknown
 */
record IndexedChildren(ArrayReference array, int start, long size, String elementType) implements Children {

    @Override
    public List<Child> page(long first, int count) {
        long end = Math.min(size, first + count);
        if (first >= end) {
            return List.of();
        }
        int length = array.length();
        if (size > length) {
            throw new LayoutException("size " + size + " beyond the array's " + length);
        }
        long from = (start + first) % Math.max(1, length);
        long wanted = end - first;
        List<Value> values = new ArrayList<>(Reads.slice(array, from, Math.min(wanted, length - from)));
        if (values.size() < wanted) {
            values.addAll(Reads.slice(array, 0, wanted - values.size()));
        }
        List<Child> children = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            children.add(new Child.Of(Reads.index(first + i), values.get(i), elementType));
        }
        return children;
    }
}
