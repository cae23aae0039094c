package io.dbgshell.engine.expr;

import java.util.Set;

/**
 * A type as written in a cast, {@code instanceof} or {@code new}: its name (type arguments dropped,
 * since the target erases them) and how many {@code []} follow it.
 *
 * @param name       {@code int}, {@code String}, {@code java.util.List}, {@code Outer.Inner}
 * @param dimensions array dimensions, 0 for none
 * @param column     where the type starts in the expression's text
 */
public record TypeName(String name, int dimensions, int column) {
    private static final Set<String> PRIMITIVES =
            Set.of("boolean", "byte", "char", "short", "int", "long", "float", "double");

    static boolean isPrimitiveName(String name) {
        return PRIMITIVES.contains(name);
    }

    /** A primitive type with no dimensions: a cast to it converts a value, never checks a type. */
    public boolean isPrimitive() {
        return dimensions == 0 && PRIMITIVES.contains(name);
    }

    @Override
    public String toString() {
        return name + "[]".repeat(dimensions);
    }
}
