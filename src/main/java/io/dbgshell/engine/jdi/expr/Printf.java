package io.dbgshell.engine.jdi.expr;

import com.sun.jdi.BooleanValue;
import com.sun.jdi.ByteValue;
import com.sun.jdi.CharValue;
import com.sun.jdi.DoubleValue;
import com.sun.jdi.FloatValue;
import com.sun.jdi.IntegerValue;
import com.sun.jdi.LongValue;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.PrimitiveValue;
import com.sun.jdi.ShortValue;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.Value;
import io.dbgshell.engine.expr.Expression;
import io.dbgshell.engine.jdi.render.DxArguments;
import io.dbgshell.engine.jdi.render.ValueText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code .printf "FORMAT", EXPR, ...} parsed once: WinDbg's {@code .printf} adapted to Java values.
 * The format knows {@code %d} and {@code %x} (byte, short, int, long and their boxes), {@code %c}
 * (char), {@code %f} (float, double), {@code %s} (any value, as {@code "" + EXPR} makes it) and
 * {@code %%}; its escapes are {@code \n}, {@code \t}, {@code \"} and {@code \\}.
 *
 * @param format    the format with its escapes resolved
 * @param arguments one expression per conversion, in order
 */
public record Printf(String format, List<Expression> arguments) {
    static final String USAGE = ".printf \"FORMAT\", EXPR, ...";
    private static final String CONVERSIONS = "dxscf";

    /**
     * @param indent where {@code arguments} start on the typed line, for the caret of a syntax error
     * @throws EvalException one line naming what is wrong: the format, a conversion, an argument, their counts
     */
    public static Printf parse(String arguments, int indent) throws EvalException {
        String text = arguments.strip();
        if (!text.startsWith("\"")) {
            throw new EvalException(".printf needs a quoted format first: " + USAGE);
        }
        StringBuilder format = new StringBuilder();
        int i = 1;
        while (i < text.length() && text.charAt(i) != '"') {
            char c = text.charAt(i++);
            if (c == '\\') {
                if (i == text.length()) {
                    break;
                }
                format.append(escape(text.charAt(i++)));
            } else {
                format.append(c);
            }
        }
        if (i == text.length()) {
            throw new EvalException(".printf: the format has no closing quote: " + USAGE);
        }
        int conversions = conversions(format.toString());
        String rest = text.substring(i + 1);
        List<Expression> expressions = new ArrayList<>();
        if (!rest.isBlank()) {
            if (!rest.strip().startsWith(",")) {
                throw new EvalException(".printf: expected ',' after the format, got '" + rest.strip() + "'");
            }
            int offset = i + 1 + rest.indexOf(',') + 1;
            for (String part : DxArguments.splitTopLevel(text.substring(offset))) {
                if (part.isBlank()) {
                    throw new EvalException(".printf: argument " + (expressions.size() + 1) + " is empty: " + USAGE);
                }
                int start = offset + part.indexOf(part.strip());
                expressions.add(Evaluator.parse(part.strip(), indent + start));
                offset += part.length() + 1;
            }
        }
        if (expressions.size() != conversions) {
            throw new EvalException(".printf: the format has " + conversions + " conversion" + (conversions == 1 ? "" : "s")
                    + " and " + expressions.size() + " argument" + (expressions.size() == 1 ? "" : "s") + " follow it");
        }
        return new Printf(format.toString(), List.copyOf(expressions));
    }

    private static char escape(char c) throws EvalException {
        return switch (c) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case '"', '\\' -> c;
            default -> throw new EvalException(".printf: '\\" + c + "' is not an escape (\\n \\t \\\" \\\\)");
        };
    }

    /** How many values the format takes; an unknown conversion is an error naming it. */
    private static int conversions(String format) throws EvalException {
        int count = 0;
        for (int i = 0; i < format.length(); i++) {
            if (format.charAt(i) != '%') {
                continue;
            }
            char conversion = ++i < format.length() ? format.charAt(i) : ' ';
            if (conversion == '%') {
                continue;
            }
            if (CONVERSIONS.indexOf(conversion) < 0) {
                throw new EvalException(".printf: '%" + (conversion == ' ' ? "" : conversion)
                        + "' is not a conversion (%d %x %s %c %f %%)");
            }
            count++;
        }
        return count;
    }

    /**
     * The text: each argument evaluated in order in frame {@code frameIndex} of {@code thread}.
     *
     * @throws EvalException one line: an argument that cannot be evaluated, or a value its conversion cannot show
     */
    public String format(Evaluator evaluator, ThreadReference thread, int frameIndex, EvalPolicy policy)
            throws EvalException {
        StringBuilder out = new StringBuilder(format.length());
        int next = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            char conversion = format.charAt(++i);
            if (conversion == '%') {
                out.append('%');
                continue;
            }
            Expression argument = arguments.get(next++);
            if (conversion == 's') {
                out.append(ValueText.escaped(evaluator.text(argument, thread, frameIndex, policy)));
            } else {
                EvalValue value = evaluator.evaluate(argument, thread, frameIndex, policy);
                out.append(String.format(Locale.ROOT, "%" + conversion, number(conversion, argument, value)));
            }
        }
        return out.toString();
    }

    /** The value as the Java number or character {@code %conversion} takes, unboxed; else an error naming both. */
    private static Object number(char conversion, Expression argument, EvalValue value) throws EvalException {
        Value raw = value instanceof EvalValue.Remote remote ? remote.value() : null;
        PrimitiveValue primitive = raw instanceof ObjectReference object ? Conversions.unboxed(object)
                : raw instanceof PrimitiveValue p ? p : null;
        Object java = primitive == null || primitive instanceof BooleanValue ? null : java(primitive);
        boolean fits = switch (conversion) {
            case 'c' -> java instanceof Character;
            case 'f' -> java instanceof Float || java instanceof Double;
            default -> java instanceof Byte || java instanceof Short || java instanceof Integer || java instanceof Long;
        };
        if (!fits) {
            String type = value instanceof EvalValue.Text ? "java.lang.String" : raw == null ? "null" : raw.type().name();
            String wanted = switch (conversion) {
                case 'c' -> "a char";
                case 'f' -> "a float or double";
                default -> "an integer";
            };
            throw new EvalException(".printf: %" + conversion + " needs " + wanted + "; '" + argument.text() + "' is " + type);
        }
        return java;
    }

    private static Object java(PrimitiveValue value) {
        if (value instanceof ByteValue b) {
            return b.value();
        } else if (value instanceof ShortValue s) {
            return s.value();
        } else if (value instanceof IntegerValue n) {
            return n.value();
        } else if (value instanceof LongValue l) {
            return l.value();
        } else if (value instanceof CharValue c) {
            return c.value();
        } else if (value instanceof FloatValue f) {
            return f.value();
        }
        return ((DoubleValue) value).value();
    }
}
