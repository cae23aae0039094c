package io.dbgshell.engine.jdi.render;

import com.sun.jdi.ArrayReference;
import com.sun.jdi.ClassType;
import com.sun.jdi.Field;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.PrimitiveValue;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Field and array reads for the visualizers: several fields of one object in one JDWP round trip, and
 * a failure to find an expected field or type as a {@link LayoutException}, so the caller falls back
 * to plain fields.
 */
final class Reads {
    private Reads() {
    }

    /** The named fields of {@code object} (declared in its class or a superclass), read in one round trip. */
    static Value[] fields(ObjectReference object, String... names) {
        ReferenceType type = object.referenceType();
        List<Field> fields = new ArrayList<>(names.length);
        for (String name : names) {
            Field field = type.fieldByName(name);
            if (field == null || field.isStatic()) {
                throw new LayoutException(type.name() + " has no field " + name);
            }
            fields.add(field);
        }
        Map<Field, Value> values = object.getValues(fields);
        Value[] result = new Value[names.length];
        for (int i = 0; i < names.length; i++) {
            result[i] = values.get(fields.get(i));
        }
        return result;
    }

    static Value field(ObjectReference object, String name) {
        return fields(object, name)[0];
    }

    /** A static field of a loaded class, or null when the class or field is not there. */
    static Value staticField(ObjectReference anyObject, String className, String name) {
        for (ReferenceType type : anyObject.virtualMachine().classesByName(className)) {
            Field field = type.fieldByName(name);
            if (field != null && field.isStatic()) {
                return type.getValue(field);
            }
        }
        return null;
    }

    static long number(Value value) {
        if (value instanceof PrimitiveValue primitive) {
            return primitive.longValue();
        }
        throw new LayoutException("expected a number, found " + value);
    }

    /** An object reference, or null for {@code null}. */
    static ObjectReference object(Value value) {
        if (value == null || value instanceof ObjectReference) {
            return (ObjectReference) value;
        }
        throw new LayoutException("expected a reference, found " + value);
    }

    /** An array reference, or null for {@code null}. */
    static ArrayReference array(Value value) {
        if (value == null || value instanceof ArrayReference) {
            return (ArrayReference) value;
        }
        throw new LayoutException("expected an array, found " + value);
    }

    /** Elements {@code from} to {@code from + count - 1} of an array in one round trip. */
    static List<Value> slice(ArrayReference array, long from, long count) {
        if (count <= 0) {
            return List.of();
        }
        return array.getValues((int) from, (int) count);
    }

    /** The class or any superclass has this name. */
    static boolean isA(ReferenceType type, String className) {
        for (ReferenceType t = type; t != null; t = superclass(t)) {
            if (t.name().equals(className)) {
                return true;
            }
        }
        return false;
    }

    static ReferenceType superclass(ReferenceType type) {
        return type instanceof ClassType classType ? classType.superclass() : null;
    }

    /** {@code [0x1f]}: an element's name, WinDbg's way. */
    static String index(long index) {
        return "[0x" + Long.toHexString(index) + "]";
    }
}
