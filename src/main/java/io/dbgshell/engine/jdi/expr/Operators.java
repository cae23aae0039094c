package io.dbgshell.engine.jdi.expr;

import com.sun.jdi.ObjectReference;
import com.sun.jdi.PrimitiveValue;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.StringReference;
import com.sun.jdi.Value;
import io.dbgshell.engine.expr.BinaryOp;
import io.dbgshell.engine.expr.Node;

import java.util.Objects;

/**
 * The operators that are not plain arithmetic: {@code && ||} (short-circuit), {@code +} on strings,
 * {@code == !=} on references and mixed boxes, casts and {@code instanceof}. Arithmetic on
 * primitives is {@link Arithmetic}'s.
 */
final class Operators {
    private Operators() {
    }

    static EvalValue binary(Evaluation evaluation, Node.Binary node) throws EvalException {
        BinaryOp op = node.op();
        if (op == BinaryOp.AND || op == BinaryOp.OR) {
            boolean left = evaluation.condition(node.left());
            if (left == (op == BinaryOp.OR)) {
                return Evaluation.remote(evaluation.vm().mirrorOf(left));
            }
            return Evaluation.remote(evaluation.vm().mirrorOf(evaluation.condition(node.right())));
        }
        EvalValue left = evaluation.evaluate(node.left());
        EvalValue right = evaluation.evaluate(node.right());
        if (op == BinaryOp.ADD && (isString(left) || isString(right))) {
            return new EvalValue.Text(Conversions.text(evaluation, left) + Conversions.text(evaluation, right));
        }
        if ((op == BinaryOp.EQ || op == BinaryOp.NE) && !numericOrBoolean(left, right)) {
            return Evaluation.remote(evaluation.vm().mirrorOf(sameReference(left, right) == (op == BinaryOp.EQ)));
        }
        PrimitiveValue a = evaluation.primitive(left, node.left());
        PrimitiveValue b = evaluation.primitive(right, node.right());
        return Evaluation.remote(Arithmetic.binary(evaluation.vm(), op, a, b));
    }

    /** {@code (Type) operand}: a primitive conversion, a boxing, or a checked reference cast. */
    static EvalValue cast(Evaluation evaluation, Node.Cast node) throws EvalException {
        EvalValue operand = evaluation.evaluate(node.operand());
        if (node.type().isPrimitive()) {
            return Evaluation.remote(Arithmetic.cast(evaluation.vm(), node.type().name(),
                    evaluation.primitive(operand, node.operand())));
        }
        ReferenceType type = evaluation.scope().type(node.type());
        Value value = operand instanceof EvalValue.Remote remote ? remote.value() : null;
        if (value instanceof PrimitiveValue primitive) {
            ReferenceType box = evaluation.scope().loadedType(Types.BOXES.get(primitive.type().name()));
            if (!Types.isSubtype(box, type.name())) {
                throw new EvalException("cannot cast " + primitive.type().name() + " to " + node.type());
            }
            return Evaluation.remote(Conversions.box(evaluation, primitive));
        }
        if (operand instanceof EvalValue.Remote && value == null) {
            return operand;
        }
        ReferenceType actual = value == null ? evaluation.scope().loadedType("java.lang.String")
                : ((ObjectReference) value).referenceType();
        if (!Types.isSubtype(actual, type.name())) {
            throw new EvalException("java.lang.ClassCastException: class " + actual.name()
                    + " cannot be cast to class " + type.name());
        }
        return operand;
    }

    static EvalValue instanceOf(Evaluation evaluation, Node.InstanceOf node) throws EvalException {
        EvalValue operand = evaluation.evaluate(node.operand());
        ReferenceType type = evaluation.scope().type(node.type());
        if (type == null) {
            throw new EvalException("instanceof needs a reference type, not " + node.type());
        }
        Value value = operand instanceof EvalValue.Remote remote ? remote.value() : null;
        if (value instanceof PrimitiveValue primitive) {
            throw new EvalException("instanceof needs an object, not " + primitive.type().name());
        }
        boolean result;
        if (operand instanceof EvalValue.Text) {
            result = Types.isSubtype(evaluation.scope().loadedType("java.lang.String"), type.name());
        } else {
            result = value != null && Types.isSubtype(((ObjectReference) value).referenceType(), type.name());
        }
        return Evaluation.remote(evaluation.vm().mirrorOf(result));
    }

    private static boolean isString(EvalValue value) {
        return value instanceof EvalValue.Text
                || ((EvalValue.Remote) value).value() instanceof StringReference;
    }

    /**
     * Java compares numerically (unboxing) when either side is primitive; two references, boxes
     * included, compare by identity.
     */
    private static boolean numericOrBoolean(EvalValue left, EvalValue right) {
        return isPrimitive(left) || isPrimitive(right);
    }

    private static boolean isPrimitive(EvalValue value) {
        return value instanceof EvalValue.Remote remote && remote.value() instanceof PrimitiveValue;
    }

    /**
     * Identity, as {@code ==} on references. A string made by the debugger is a new object: it is
     * equal to another such string with the same text (as javac's constants are interned), never to
     * a string in the target.
     */
    private static boolean sameReference(EvalValue left, EvalValue right) {
        if (left instanceof EvalValue.Text a) {
            return right instanceof EvalValue.Text b && a.text().equals(b.text());
        }
        if (right instanceof EvalValue.Text) {
            return false;
        }
        return Objects.equals(((EvalValue.Remote) left).value(), ((EvalValue.Remote) right).value());
    }
}
