package io.dbgshell.engine.jdi.expr;

import com.sun.jdi.ArrayReference;
import com.sun.jdi.ArrayType;
import com.sun.jdi.Method;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.PrimitiveValue;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Chooses among overloads by the arguments' types, in Java's three phases (JLS 15.12.2): without
 * boxing, then with boxing and unboxing, then with varargs; within a phase the most specific method
 * wins, and a tie is an error listing the candidates. The arguments' types are their run-time types
 * (the debugger has no static types), so the choice can differ from javac's when a variable's
 * declared type is wider than its value's class.
 */
final class Overloads {
    private enum Phase { STRICT, LOOSE, VARARGS }

    private Overloads() {
    }

    /**
     * The method to call.
     *
     * @param what how to name the call in an error ({@code Math.max})
     */
    static Method choose(Evaluation evaluation, List<Method> candidates, List<EvalValue> args, String what)
            throws EvalException {
        // A bridge method repeats a real one's parameters with an erased return type: never a choice of its own.
        candidates = candidates.stream().filter(m -> !m.isBridge()).toList();
        if (candidates.isEmpty()) {
            throw new EvalException("unknown method " + what);
        }
        for (Phase phase : Phase.values()) {
            List<Method> applicable = new ArrayList<>();
            for (Method method : candidates) {
                if (applicable(evaluation, method, args, phase)) {
                    applicable.add(method);
                }
            }
            if (!applicable.isEmpty()) {
                return mostSpecific(applicable, what);
            }
        }
        throw new EvalException("no " + what + " accepts (" + argumentTypes(args) + "); there is "
                + candidates.stream().map(Overloads::signature).collect(Collectors.joining(", ")));
    }

    /**
     * The arguments converted for {@code method}: widened, boxed or unboxed, strings made in the
     * target, trailing ones gathered into an array for varargs. The caller releases the result with
     * {@link Evaluation#release} once the call is done.
     */
    static List<Value> convert(Evaluation evaluation, Method method, List<EvalValue> args) throws EvalException {
        List<String> params = method.argumentTypeNames();
        boolean spread = method.isVarArgs() && !(args.size() == params.size()
                && fits(evaluation, args.get(args.size() - 1), params.get(params.size() - 1), Phase.LOOSE));
        List<Value> values = new ArrayList<>();
        int fixed = spread ? params.size() - 1 : params.size();
        for (int i = 0; i < fixed; i++) {
            values.add(convertOne(evaluation, args.get(i), params.get(i)));
        }
        if (spread) {
            String arrayName = params.get(params.size() - 1);
            String element = arrayName.substring(0, arrayName.length() - 2);
            ReferenceType arrayType = evaluation.scope().loadedType(arrayName);
            if (!(arrayType instanceof ArrayType type)) {
                throw new EvalException("cannot pass varargs: " + arrayName + " is not loaded in the target");
            }
            evaluation.requireInvoke("passing varargs");
            ArrayReference array = type.newInstance(args.size() - fixed);
            array.disableCollection();
            evaluation.pin(array);
            List<Value> elements = new ArrayList<>();
            for (int i = fixed; i < args.size(); i++) {
                elements.add(convertOne(evaluation, args.get(i), element));
            }
            try {
                array.setValues(elements);
            } catch (com.sun.jdi.InvalidTypeException | com.sun.jdi.ClassNotLoadedException e) {
                throw new EvalException("cannot pass varargs to " + method.name() + ": " + e.getMessage());
            }
            values.add(array);
        }
        return values;
    }

    private static Value convertOne(Evaluation evaluation, EvalValue arg, String param) throws EvalException {
        if (arg instanceof EvalValue.Text text) {
            return evaluation.mirror(text.text());
        }
        Value value = ((EvalValue.Remote) arg).value();
        if (Types.isPrimitiveName(param)) {
            PrimitiveValue primitive = value instanceof PrimitiveValue p ? p : Conversions.unboxed((ObjectReference) value);
            return Arithmetic.cast(evaluation.vm(), param, primitive);
        }
        return value instanceof PrimitiveValue primitive ? Conversions.box(evaluation, primitive) : value;
    }

    private static boolean applicable(Evaluation evaluation, Method method, List<EvalValue> args, Phase phase)
            throws EvalException {
        List<String> params = method.argumentTypeNames();
        if (phase == Phase.VARARGS) {
            if (!method.isVarArgs() || args.size() < params.size() - 1) {
                return false;
            }
            String last = params.get(params.size() - 1);
            String element = last.substring(0, last.length() - 2);
            for (int i = 0; i < args.size(); i++) {
                if (!fits(evaluation, args.get(i), i < params.size() - 1 ? params.get(i) : element, Phase.LOOSE)) {
                    return false;
                }
            }
            return true;
        }
        if (params.size() != args.size()) {
            return false;
        }
        for (int i = 0; i < args.size(); i++) {
            if (!fits(evaluation, args.get(i), params.get(i), phase)) {
                return false;
            }
        }
        return true;
    }

    /** Whether one argument may be passed as a parameter of type {@code param} in this phase. */
    private static boolean fits(Evaluation evaluation, EvalValue arg, String param, Phase phase) throws EvalException {
        boolean primitiveParam = Types.isPrimitiveName(param);
        if (arg instanceof EvalValue.Text) {
            return !primitiveParam && Types.isSubtype(evaluation.scope().loadedType("java.lang.String"), param);
        }
        Value value = ((EvalValue.Remote) arg).value();
        if (value == null) {
            return !primitiveParam;
        }
        if (value instanceof PrimitiveValue primitive) {
            String type = primitive.type().name();
            if (primitiveParam) {
                return Types.widens(type, param);
            }
            return phase != Phase.STRICT
                    && Types.isSubtype(evaluation.scope().loadedType(Types.BOXES.get(type)), param);
        }
        ReferenceType type = ((ObjectReference) value).referenceType();
        if (!primitiveParam) {
            return Types.isSubtype(type, param);
        }
        String unboxed = Types.unboxedName(type.name());
        return phase != Phase.STRICT && unboxed != null && Types.widens(unboxed, param);
    }

    private static Method mostSpecific(List<Method> applicable, String what) throws EvalException {
        List<Method> best = new ArrayList<>();
        for (Method candidate : applicable) {
            if (applicable.stream().allMatch(other -> other == candidate || moreSpecific(candidate, other))) {
                best.add(candidate);
            }
        }
        if (best.size() == 1) {
            return best.get(0);
        }
        // Overrides seen through several supertypes share a signature: the most derived is the one to call.
        List<Method> distinct = applicable.stream()
                .filter(m -> applicable.stream().noneMatch(o -> o != m && o.signature().equals(m.signature())
                        && Types.isSubtype(o.declaringType(), m.declaringType().name())))
                .toList();
        if (distinct.size() == 1) {
            return distinct.get(0);
        }
        throw new EvalException("ambiguous call to " + what + ": "
                + distinct.stream().map(Overloads::signature).collect(Collectors.joining(", ")));
    }

    private static boolean moreSpecific(Method a, Method b) {
        List<String> x = a.argumentTypeNames();
        List<String> y = b.argumentTypeNames();
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!x.get(i).equals(y.get(i)) && !Types.widens(x.get(i), y.get(i))
                    && !subtypeByName(a, i, y.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean subtypeByName(Method method, int param, String to) {
        try {
            return Types.isSubtype(method.argumentTypes().get(param), to);
        } catch (com.sun.jdi.ClassNotLoadedException e) {
            return false;
        }
    }

    static String signature(Method method) {
        return method.declaringType().name() + "." + method.name() + "(" + String.join(", ", method.argumentTypeNames()) + ")";
    }

    private static String argumentTypes(List<EvalValue> args) {
        return args.stream().map(arg -> arg instanceof EvalValue.Text ? "java.lang.String"
                : ((EvalValue.Remote) arg).value() == null ? "null"
                : ((EvalValue.Remote) arg).value().type().name()).collect(Collectors.joining(", "));
    }
}
