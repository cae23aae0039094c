package io.dbgshell.engine.jdi.render;

import java.util.List;

/** The children of a value, read from the target one page at a time, never all at once. */
interface Children {

    /** How many children there are. */
    long size();

    /**
     * Children {@code first} to {@code first + count - 1} (fewer at the end), reading only what they
     * need. A {@link Child.Note} may end the list when the rest cannot be reached within the limits.
     *
     * @throws LayoutException the object is not laid out as expected (another JDK's internals)
     */
    List<Child> page(long first, int count);

    /** Children already at hand. */
    static Children of(List<Child> children) {
        return new Children() {
            @Override
            public long size() {
                return children.size();
            }

            @Override
            public List<Child> page(long first, int count) {
                int from = (int) Math.min(first, children.size());
                return children.subList(from, (int) Math.min(children.size(), from + (long) count));
            }
        };
    }
}
