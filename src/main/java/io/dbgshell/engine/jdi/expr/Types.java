package io.dbgshell.engine.jdi.expr;

import com.sun.jdi.ArrayType;
import com.sun.jdi.ClassNotLoadedException;
import com.sun.jdi.ClassType;
import com.sun.jdi.InterfaceType;
import com.sun.jdi.PrimitiveType;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.Type;

import java.util.Map;

/**
 * Java's subtyping and primitive conversions, over JDI types and type names (a parameter's type may
 * not be loaded, but its name is always known).
 */
final class Types {
    /** Widening primitive conversions (JLS 5.1.2): each type to the ones it widens to. */
    private static final Map<String, String> WIDENS_TO = Map.of(
            "byte", "short int long float double",
            "short", "int long float double",
            "char", "int long float double",
            "int", "long float double",
            "long", "float double",
            "float", "double");

    /** The box of each primitive type (JLS 5.1.7), keyed by the primitive's name. */
    static final Map<String, String> BOXES = Map.of(
            "boolean", "java.lang.Boolean", "byte", "java.lang.Byte", "char", "java.lang.Character",
            "short", "java.lang.Short", "int", "java.lang.Integer", "long", "java.lang.Long",
            "float", "java.lang.Float", "double", "java.lang.Double");

    private Types() {
    }

    static boolean isPrimitiveName(String name) {
        return BOXES.containsKey(name);
    }

    /** The primitive a box holds, or null when {@code className} is not a box. */
    static String unboxedName(String className) {
        for (Map.Entry<String, String> box : BOXES.entrySet()) {
            if (box.getValue().equals(className)) {
                return box.getKey();
            }
        }
        return null;
    }

    /** Identity or widening primitive conversion from {@code from} to {@code to}. */
    static boolean widens(String from, String to) {
        return from.equals(to) || (" " + WIDENS_TO.getOrDefault(from, "") + " ").contains(" " + to + " ");
    }

    /** Whether a value of reference type {@code from} may be assigned to a variable of type {@code to}. */
    static boolean isSubtype(Type from, String to) {
        if (from.name().equals(to) || to.equals("java.lang.Object")) {
            return !(from instanceof PrimitiveType);
        }
        if (from instanceof ClassType type) {
            for (ClassType c = type; c != null; c = c.superclass()) {
                if (c.name().equals(to)) {
                    return true;
                }
            }
            return type.allInterfaces().stream().anyMatch(i -> i.name().equals(to));
        }
        if (from instanceof InterfaceType type) {
            return type.superinterfaces().stream().anyMatch(i -> isSubtype(i, to));
        }
        if (from instanceof ArrayType array) {
            if (to.equals("java.lang.Cloneable") || to.equals("java.io.Serializable")) {
                return true;
            }
            if (!to.endsWith("[]")) {
                return false;
            }
            String toComponent = to.substring(0, to.length() - 2);
            try {
                Type component = array.componentType();
                return component instanceof PrimitiveType ? component.name().equals(toComponent)
                        : isSubtype(component, toComponent);
            } catch (ClassNotLoadedException e) {
                return false;
            }
        }
        return false;
    }

    /** {@code ReferenceType} names use {@code $} for nesting; Java source uses dots. */
    static String sourceName(ReferenceType type) {
        return type.name().replace('$', '.');
    }
}
