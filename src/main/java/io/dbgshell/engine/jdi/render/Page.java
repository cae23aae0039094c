package io.dbgshell.engine.jdi.render;

/**
 * The children of the value {@code dx} shows that are wanted: {@code dx list,FIRST,COUNT}.
 *
 * @param first index of the first child shown (0 is the first)
 * @param count how many children at most
 */
public record Page(long first, int count) {
    public Page {
        if (first < 0 || count < 1) {
            throw new IllegalArgumentException("page out of range");
        }
    }
}
