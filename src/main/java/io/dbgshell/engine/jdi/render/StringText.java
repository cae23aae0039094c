package io.dbgshell.engine.jdi.render;

import com.sun.jdi.ArrayReference;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.PrimitiveValue;
import com.sun.jdi.StringReference;
import com.sun.jdi.Value;

import java.util.List;

/**
 * Strings and string builders as quoted, escaped text, reading at most
 * {@link RenderSettings#MAX_STRING_CHARS} characters from the target: a short string through
 * {@link StringReference#value()}, a long one's first characters from its array ({@code byte[]} plus
 * {@code coder} on JDK 9 and later, {@code char[]} before).
 */
final class StringText {
    /** {@code String.coder} of a string whose characters are one byte each. */
    private static final int LATIN1 = 0;
    private static final int UNKNOWN = -1;

    private final int maxChars;
    /** {@code StringUTF16.HI_BYTE_SHIFT} of the target (its byte order), read once when needed. */
    private int hiByteShift = UNKNOWN;

    StringText(int maxChars) {
        this.maxChars = maxChars;
    }

    String of(StringReference string) {
        boolean old = oldLayout(string);
        Value[] read = old ? Reads.fields(string, "value") : Reads.fields(string, "value", "coder");
        ArrayReference array = Reads.array(read[0]);
        int coder = old ? UNKNOWN : (int) Reads.number(read[1]);
        long length = length(array, coder);
        if (length <= maxChars) {
            return quote(string.value(), length);
        }
        return quote(decode(string, array, coder, maxChars), length);
    }

    /** A StringBuilder or StringBuffer: its first {@code count} characters. */
    String ofBuilder(ObjectReference builder) {
        boolean old = oldLayout(builder);
        Value[] read = old ? Reads.fields(builder, "value", "count") : Reads.fields(builder, "value", "count", "coder");
        long count = Reads.number(read[1]);
        int coder = old ? UNKNOWN : (int) Reads.number(read[2]);
        return quote(decode(builder, Reads.array(read[0]), coder, (int) Math.min(count, maxChars)), count);
    }

    /** JDK 8 and before: {@code char[] value} and no {@code coder}. */
    private static boolean oldLayout(ObjectReference object) {
        return object.referenceType().fieldByName("coder") == null;
    }

    private static long length(ArrayReference array, int coder) {
        return coder == UNKNOWN || coder == LATIN1 ? array.length() : array.length() / 2;
    }

    private String decode(ObjectReference owner, ArrayReference array, int coder, int chars) {
        StringBuilder text = new StringBuilder(chars);
        if (coder == UNKNOWN || coder == LATIN1) {
            for (Value v : Reads.slice(array, 0, chars)) {
                text.append(coder == UNKNOWN ? ((PrimitiveValue) v).charValue() : (char) (((PrimitiveValue) v).byteValue() & 0xff));
            }
            return text.toString();
        }
        int hiShift = hiByteShift(owner);
        List<Value> bytes = Reads.slice(array, 0, 2L * chars);
        for (int i = 0; i + 1 < bytes.size(); i += 2) {
            int b0 = ((PrimitiveValue) bytes.get(i)).byteValue() & 0xff;
            int b1 = ((PrimitiveValue) bytes.get(i + 1)).byteValue() & 0xff;
            // as StringUTF16.getChar: the first byte is shifted by HI_BYTE_SHIFT, the second by the other 8 bits
            text.append((char) (b0 << hiShift | b1 << (8 - hiShift)));
        }
        return text.toString();
    }

    private int hiByteShift(ObjectReference owner) {
        if (hiByteShift == UNKNOWN) {
            Value shift = Reads.staticField(owner, "java.lang.StringUTF16", "HI_BYTE_SHIFT");
            if (shift == null) {
                throw new LayoutException("the target's UTF-16 byte order is unknown");
            }
            hiByteShift = (int) Reads.number(shift);
        }
        return hiByteShift;
    }

    /** A string the debugger made (not the target's): quoted and cut as a target's string is. */
    String ofText(String text) {
        return quote(text.length() <= maxChars ? text : text.substring(0, maxChars), text.length());
    }

    /** {@code "text"}, or {@code "first characters"... (length=N)} when it was cut. */
    private static String quote(String shown, long length) {
        String quoted = '"' + escape(shown, '"') + '"';
        return shown.length() < length ? quoted + "... (length=" + length + ")" : quoted;
    }

    /** A character the way Java source writes it. */
    static String character(char c) {
        return "'" + escape(String.valueOf(c), '\'') + "'";
    }

    /**
     * Java's escapes, plus {@code \\uXXXX} for every other control, format or bidirectional character:
     * a target's strings must not drive anyone's terminal or reorder the line they are shown on.
     */
    static String escape(String text, char quote) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                default -> {
                    int kind = Character.getType(c);
                    if (c == quote) {
                        out.append('\\').append(c);
                    } else if (kind == Character.CONTROL || kind == Character.FORMAT
                            || kind == Character.SURROGATE && !pairedSurrogate(text, i)
                            || kind == Character.LINE_SEPARATOR || kind == Character.PARAGRAPH_SEPARATOR) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean pairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
