package io.dbgshell.engine.jdi.expr;

import com.sun.jdi.BooleanValue;
import com.sun.jdi.DoubleValue;
import com.sun.jdi.FloatValue;
import com.sun.jdi.LongValue;
import com.sun.jdi.PrimitiveValue;
import com.sun.jdi.Value;
import com.sun.jdi.VirtualMachine;
import io.dbgshell.engine.expr.BinaryOp;
import io.dbgshell.engine.expr.UnaryOp;

/**
 * Java's operators on primitive values, with its numeric promotion (JLS 5.6): the operands are
 * widened to int, long, float or double, the operation is done here in that type (so overflow,
 * shifts and NaN behave exactly as in the target), and the result is mirrored without a round trip.
 */
final class Arithmetic {
    private enum Kind { INT, LONG, FLOAT, DOUBLE }

    private Arithmetic() {
    }

    static Value binary(VirtualMachine vm, BinaryOp op, PrimitiveValue a, PrimitiveValue b) throws EvalException {
        if (a instanceof BooleanValue || b instanceof BooleanValue) {
            return booleans(vm, op, a, b);
        }
        if (op == BinaryOp.SHL || op == BinaryOp.SHR || op == BinaryOp.USHR) {
            return shift(vm, op, a, b);
        }
        Kind kind = promote(kind(a), kind(b));
        return switch (kind) {
            case INT -> integral(vm, op, a.intValue(), b.intValue(), true);
            case LONG -> integral(vm, op, a.longValue(), b.longValue(), false);
            case FLOAT -> floating(vm, op, a.floatValue(), b.floatValue(), true);
            case DOUBLE -> floating(vm, op, a.doubleValue(), b.doubleValue(), false);
        };
    }

    static Value unary(VirtualMachine vm, UnaryOp op, PrimitiveValue a) throws EvalException {
        if (a instanceof BooleanValue bool) {
            if (op != UnaryOp.NOT) {
                throw new EvalException("operator " + op.symbol() + " cannot be applied to boolean");
            }
            return vm.mirrorOf(!bool.value());
        }
        if (op == UnaryOp.NOT) {
            throw new EvalException("operator ! cannot be applied to " + a.type().name());
        }
        Kind kind = promote(kind(a), Kind.INT);
        if (op == UnaryOp.COMPLEMENT && (kind == Kind.FLOAT || kind == Kind.DOUBLE)) {
            throw new EvalException("operator ~ cannot be applied to " + a.type().name());
        }
        boolean minus = op == UnaryOp.MINUS;
        boolean complement = op == UnaryOp.COMPLEMENT;
        return switch (kind) {
            case INT -> vm.mirrorOf(minus ? -a.intValue() : complement ? ~a.intValue() : a.intValue());
            case LONG -> vm.mirrorOf(minus ? -a.longValue() : complement ? ~a.longValue() : a.longValue());
            case FLOAT -> vm.mirrorOf(minus ? -a.floatValue() : a.floatValue());
            case DOUBLE -> vm.mirrorOf(minus ? -a.doubleValue() : a.doubleValue());
        };
    }

    /** A primitive cast (JLS 5.1.2-5.1.4): narrowing truncates, as in Java. */
    static Value cast(VirtualMachine vm, String to, PrimitiveValue a) throws EvalException {
        if ((a instanceof BooleanValue) != to.equals("boolean")) {
            throw new EvalException("cannot cast " + a.type().name() + " to " + to);
        }
        return switch (to) {
            case "boolean" -> a;
            case "byte" -> vm.mirrorOf(a.byteValue());
            case "char" -> vm.mirrorOf(a.charValue());
            case "short" -> vm.mirrorOf(a.shortValue());
            case "int" -> vm.mirrorOf(a.intValue());
            case "long" -> vm.mirrorOf(a.longValue());
            case "float" -> vm.mirrorOf(a.floatValue());
            default -> vm.mirrorOf(a.doubleValue());
        };
    }

    private static Kind kind(PrimitiveValue value) {
        if (value instanceof DoubleValue) {
            return Kind.DOUBLE;
        }
        if (value instanceof FloatValue) {
            return Kind.FLOAT;
        }
        return value instanceof LongValue ? Kind.LONG : Kind.INT;
    }

    private static Kind promote(Kind a, Kind b) {
        return a.ordinal() > b.ordinal() ? a : b;
    }

    private static Value booleans(VirtualMachine vm, BinaryOp op, PrimitiveValue a, PrimitiveValue b)
            throws EvalException {
        if (!(a instanceof BooleanValue x) || !(b instanceof BooleanValue y)) {
            throw new EvalException("operator " + op.symbol() + " cannot be applied to "
                    + a.type().name() + " and " + b.type().name());
        }
        return switch (op) {
            case EQ -> vm.mirrorOf(x.value() == y.value());
            case NE, XOR -> vm.mirrorOf(x.value() != y.value());
            case BIT_AND, AND -> vm.mirrorOf(x.value() & y.value());
            case BIT_OR, OR -> vm.mirrorOf(x.value() | y.value());
            default -> throw new EvalException("operator " + op.symbol() + " cannot be applied to boolean");
        };
    }

    private static Value shift(VirtualMachine vm, BinaryOp op, PrimitiveValue a, PrimitiveValue b)
            throws EvalException {
        Kind left = promote(kind(a), Kind.INT);
        if (left == Kind.FLOAT || left == Kind.DOUBLE || kind(b) == Kind.FLOAT || kind(b) == Kind.DOUBLE) {
            throw new EvalException("operator " + op.symbol() + " needs integral operands, not "
                    + a.type().name() + " and " + b.type().name());
        }
        long distance = b.longValue();
        if (left == Kind.INT) {
            int x = a.intValue();
            int n = (int) distance;
            return vm.mirrorOf(op == BinaryOp.SHL ? x << n : op == BinaryOp.SHR ? x >> n : x >>> n);
        }
        long x = a.longValue();
        int n = (int) distance;
        return vm.mirrorOf(op == BinaryOp.SHL ? x << n : op == BinaryOp.SHR ? x >> n : x >>> n);
    }

    /**
     * Integral arithmetic, done in long: for int operands the low 32 bits of every result (overflow
     * and {@code MIN_VALUE / -1} included) are what int arithmetic gives, so narrowing suffices.
     */
    private static Value integral(VirtualMachine vm, BinaryOp op, long x, long y, boolean asInt) throws EvalException {
        Boolean comparison = switch (op) {
            case EQ -> x == y;
            case NE -> x != y;
            case LT -> x < y;
            case GT -> x > y;
            case LE -> x <= y;
            case GE -> x >= y;
            default -> null;
        };
        if (comparison != null) {
            return vm.mirrorOf(comparison);
        }
        long result = switch (op) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case DIV -> x / nonZero(y);
            case REM -> x % nonZero(y);
            case BIT_AND -> x & y;
            case BIT_OR -> x | y;
            case XOR -> x ^ y;
            default -> throw notNumeric(op);
        };
        return asInt ? vm.mirrorOf((int) result) : vm.mirrorOf(result);
    }

    /**
     * Floating arithmetic, done in double: for float operands, rounding the double result of
     * {@code + - * / %} to float gives exactly float arithmetic's result (a double holds more than
     * twice a float's precision), so narrowing suffices.
     */
    private static Value floating(VirtualMachine vm, BinaryOp op, double x, double y, boolean asFloat)
            throws EvalException {
        double result;
        switch (op) {
            case ADD -> result = x + y;
            case SUB -> result = x - y;
            case MUL -> result = x * y;
            case DIV -> result = x / y;
            case REM -> result = x % y;
            default -> {
                return vm.mirrorOf(compare(op, Double.compare(x, y), Double.isNaN(x) || Double.isNaN(y), x == y));
            }
        }
        return asFloat ? vm.mirrorOf((float) result) : vm.mirrorOf(result);
    }

    /** Floating comparisons: NaN is unordered and unequal to everything, {@code -0.0 == 0.0}. */
    private static boolean compare(BinaryOp op, int order, boolean nan, boolean equal) throws EvalException {
        return switch (op) {
            case EQ -> equal;
            case NE -> !equal;
            case LT -> !nan && !equal && order < 0;
            case GT -> !nan && !equal && order > 0;
            case LE -> !nan && (equal || order < 0);
            case GE -> !nan && (equal || order > 0);
            default -> throw notNumeric(op);
        };
    }

    private static long nonZero(long divisor) throws EvalException {
        if (divisor == 0) {
            throw new EvalException("java.lang.ArithmeticException: / by zero");
        }
        return divisor;
    }

    private static EvalException notNumeric(BinaryOp op) {
        return new EvalException("operator " + op.symbol() + " cannot be applied to floating-point operands");
    }
}
