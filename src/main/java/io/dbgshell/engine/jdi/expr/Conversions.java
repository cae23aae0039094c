package io.dbgshell.engine.jdi.expr;

import com.sun.jdi.ClassType;
import com.sun.jdi.Field;
import com.sun.jdi.Method;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.PrimitiveValue;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.StringReference;
import com.sun.jdi.Value;
import io.dbgshell.engine.jdi.render.ValueText;

import java.util.List;

/**
 * Boxing, unboxing and string conversion (JLS 5.1.7, 5.1.8, 5.1.11). Unboxing reads the box's
 * {@code value} field, and converting a primitive, box or string to text is done here: none of them
 * runs code in the target. Boxing (an argument to an {@code Object} parameter) and the
 * {@code toString()} of other objects do, so they need a policy that allows calls.
 */
final class Conversions {
    private Conversions() {
    }

    /** The primitive inside a box, or null when {@code object} is not a box. */
    static PrimitiveValue unboxed(ObjectReference object) {
        if (object == null || Types.unboxedName(object.referenceType().name()) == null) {
            return null;
        }
        Field value = object.referenceType().fieldByName("value");
        return value == null ? null : (PrimitiveValue) object.getValue(value);
    }

    /** A primitive value as Java's {@code String.valueOf} shows it: {@code 42}, {@code c}, {@code 1.5}. */
    static String primitiveText(PrimitiveValue value) {
        if (value instanceof com.sun.jdi.CharValue c) {
            return String.valueOf(c.value());
        }
        if (value instanceof com.sun.jdi.FloatValue f) {
            return String.valueOf(f.value());
        }
        if (value instanceof com.sun.jdi.DoubleValue d) {
            return String.valueOf(d.value());
        }
        if (value instanceof com.sun.jdi.BooleanValue b) {
            return String.valueOf(b.value());
        }
        return String.valueOf(value.longValue());
    }

    /**
     * Java's string conversion of an operand of {@code +}: {@code toString()} for objects that are
     * not strings or boxes when calls are allowed, their {@link ValueText} otherwise.
     */
    static String text(Evaluation evaluation, EvalValue operand) throws EvalException {
        if (operand instanceof EvalValue.Text text) {
            return text.text();
        }
        Value value = ((EvalValue.Remote) operand).value();
        if (value == null) {
            return "null";
        }
        if (value instanceof PrimitiveValue primitive) {
            return primitiveText(primitive);
        }
        if (value instanceof StringReference string) {
            return string.value();
        }
        ObjectReference object = (ObjectReference) value;
        PrimitiveValue boxed = unboxed(object);
        if (boxed != null) {
            return primitiveText(boxed);
        }
        if (!evaluation.policy().invoke()) {
            return ValueText.of(object);
        }
        Method toString = object.referenceType().methodsByName("toString", "()Ljava/lang/String;").get(0);
        Value result = evaluation.call(Invoker.onObject(object, toString, List.of()),
                object.referenceType().name() + ".toString()");
        return result == null ? "null" : ((StringReference) result).value();
    }

    /** {@code Integer.valueOf(int)} and its kin, run in the target. */
    static ObjectReference box(Evaluation evaluation, PrimitiveValue value) throws EvalException {
        String primitive = value.type().name();
        String boxName = Types.BOXES.get(primitive);
        ReferenceType box = evaluation.scope().loadedType(boxName);
        if (!(box instanceof ClassType boxClass)) {
            throw new EvalException("cannot box " + primitive + ": " + boxName + " is not loaded");
        }
        evaluation.requireInvoke("boxing a " + primitive);
        List<Method> valueOf = boxClass.methodsByName("valueOf");
        for (Method method : valueOf) {
            if (method.isStatic() && method.argumentTypeNames().equals(List.of(primitive))) {
                return (ObjectReference) evaluation.call(Invoker.onClass(boxClass, method, List.of(value)),
                        boxName + ".valueOf()");
            }
        }
        throw new EvalException("cannot box " + primitive + ": " + boxName + ".valueOf(" + primitive + ") not found");
    }
}
