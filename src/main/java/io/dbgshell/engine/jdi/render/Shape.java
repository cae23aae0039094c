package io.dbgshell.engine.jdi.render;

/**
 * How one value is shown: its one-line summary, its type, and its children.
 *
 * @param summary  what follows {@code :} on its line ({@code 42}, {@code "text"}, {@code { size=3 }})
 * @param type     what {@code [Type: ...]} names; null when nothing is known
 * @param children null for a value without children (primitives, strings, boxed values, null)
 */
record Shape(String summary, String type, Children children) {

    static Shape leaf(String summary, String type) {
        return new Shape(summary, type, null);
    }
}
