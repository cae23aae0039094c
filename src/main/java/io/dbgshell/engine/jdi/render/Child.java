package io.dbgshell.engine.jdi.render;

import com.sun.jdi.Value;

/** One line under a value in {@code dx}: a field, an element, a map entry, or a note. */
sealed interface Child {

    /** What the line is called: a field's name or {@code [0x3]}. */
    String name();

    /**
     * A field, element or component.
     *
     * @param declaredType the type the value was declared with, for a {@code null}; null when unknown
     */
    record Of(String name, Value value, String declaredType) implements Child {
    }

    /** A map entry, shown as {@code KEY -> VALUE} with {@code key} and {@code value} under it. */
    record Entry(String name, Value key, Value value) implements Child {
    }

    /** A line that is not a value: why the rest is not shown. */
    record Note(String name, String text) implements Child {
    }
}
