package io.dbgshell.engine.jdi.expr;

import com.sun.jdi.ArrayReference;
import com.sun.jdi.CharValue;
import com.sun.jdi.ClassObjectReference;
import com.sun.jdi.ClassType;
import com.sun.jdi.Field;
import com.sun.jdi.FloatValue;
import com.sun.jdi.LongValue;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.PrimitiveValue;
import com.sun.jdi.StringReference;
import com.sun.jdi.Value;

/**
 * How every command shows one value, without running target code:
 * <ul>
 *   <li>primitives as Java literals: {@code 42}, {@code 42L}, {@code 1.5f}, {@code 2.5}, {@code true},
 *       {@code 'c'} (escaped as in source: {@code '\n'}, {@code '\u0000'})</li>
 *   <li>{@code null}; strings quoted and escaped: {@code "text"}, cut after {@link #MAX_STRING_CHARS}
 *       characters with the full length said</li>
 *   <li>other objects as {@code TYPE (id=N)}, the id being JDI's unique id, followed by what is
 *       known without running code: a box's value ({@code java.lang.Integer (id=57) 42}), an enum's
 *       constant ({@code Color (id=58) RED}), a class object's class, an array's length
 *       ({@code int[3] (id=59)})</li>
 * </ul>
 */
public final class ValueFormat {
    /** Characters of a string shown before it is cut; a dump of a huge string would flood everyone. */
    public static final int MAX_STRING_CHARS = 1000;

    private ValueFormat() {
    }

    public static String format(EvalValue value) {
        return value instanceof EvalValue.Text text ? quote(text.text()) : format(((EvalValue.Remote) value).value());
    }

    public static String format(Value value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof PrimitiveValue primitive) {
            return primitive(primitive);
        }
        if (value instanceof StringReference string) {
            return quote(string.value());
        }
        ObjectReference object = (ObjectReference) value;
        String id = " (id=" + object.uniqueID() + ")";
        if (object instanceof ArrayReference array) {
            String type = array.referenceType().name();
            int brackets = type.indexOf('[');
            return type.substring(0, brackets) + "[" + array.length() + "]" + type.substring(brackets + 2) + id;
        }
        return object.referenceType().name() + id + known(object);
    }

    /** Java's literal form of a primitive; also how string concatenation shows one, without quotes. */
    static String primitive(PrimitiveValue value) {
        if (value instanceof CharValue c) {
            return "'" + escape(String.valueOf(c.value()), '\'') + "'";
        }
        String text = Conversions.primitiveText(value);
        if (value instanceof LongValue) {
            return text + "L";
        }
        return value instanceof FloatValue f && Float.isFinite(f.value()) ? text + "f" : text;
    }

    /** What an object holds that can be read without running code, with a leading space; or nothing. */
    private static String known(ObjectReference object) {
        if (object instanceof ClassObjectReference type) {
            return " " + type.reflectedType().name();
        }
        if (object.referenceType() instanceof ClassType type && type.isEnum()) {
            Field name = type.fieldByName("name");
            return name == null ? "" : " " + ((StringReference) object.getValue(name)).value();
        }
        PrimitiveValue boxed = Conversions.unboxed(object);
        return boxed == null ? "" : " " + primitive(boxed);
    }

    static String quote(String text) {
        if (text.length() <= MAX_STRING_CHARS) {
            return '"' + escape(text, '"') + '"';
        }
        return '"' + escape(text.substring(0, MAX_STRING_CHARS), '"') + "\"... (" + text.length() + " characters)";
    }

    private static String escape(String text, char quote) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c == quote) {
                        out.append('\\').append(c);
                    } else if (c < 0x20 || c == 0x7f || Character.getType(c) == Character.FORMAT
                            || Character.isSurrogate(c) && !validSurrogate(text, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean validSurrogate(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
