package io.dbgshell.engine.jdi.render;

import com.sun.jdi.ArrayReference;
import com.sun.jdi.ArrayType;
import com.sun.jdi.BooleanValue;
import com.sun.jdi.CharValue;
import com.sun.jdi.ClassObjectReference;
import com.sun.jdi.ClassType;
import com.sun.jdi.DoubleValue;
import com.sun.jdi.Field;
import com.sun.jdi.FloatValue;
import com.sun.jdi.LongValue;
import com.sun.jdi.ObjectCollectedException;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.PrimitiveValue;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.StringReference;
import com.sun.jdi.Value;
import com.sun.jdi.VoidValue;
import io.dbgshell.config.Tunables;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Decides how each value is shown ({@link Shape}): primitives and strings by their text; boxed values,
 * string builders, enums and {@code Optional} by what they hold; the JDK's collections by their
 * elements ({@link JdkCollections}); records by their components; arrays by their elements; anything
 * else by its instance fields. Reads fields only: no code runs in the target. One instance serves one
 * command (it remembers the target's string byte order once read).
 */
final class ValueShapes {
    private static final Set<String> BOXES = Set.of("java.lang.Boolean", "java.lang.Character", "java.lang.Byte",
            "java.lang.Short", "java.lang.Integer", "java.lang.Long", "java.lang.Float", "java.lang.Double");

    /** How many summaries deep a record still shows its components ({@code Pair[a=Point[x=1, y=2], ...]}). */
    static final int SUMMARY_NESTING = 2;

    private final StringText strings;
    private final JdkCollections collections;
    private final int maxSummary;

    private ValueShapes(int maxStringChars, int maxWalk, int tableChunk) {
        this.strings = new StringText(maxStringChars);
        this.collections = new JdkCollections(maxWalk, tableChunk);
        this.maxSummary = maxStringChars;
    }

    /** Makes the instance of each command, with the bounds of {@code tunables} read once, here. */
    static Supplier<ValueShapes> perCommand(Tunables tunables) {
        int maxStringChars = tunables.get(RenderSettings.MAX_STRING_CHARS);
        int maxWalk = tunables.get(RenderSettings.DX_MAX_WALK);
        int tableChunk = tunables.get(RenderSettings.DX_TABLE_CHUNK);
        return () -> new ValueShapes(maxStringChars, maxWalk, tableChunk);
    }

    /**
     * @param declaredType what a {@code null} is called in {@code [Type: ...]}; null when unknown
     * @param level        0 for a value on a line of its own; one more for each summary it is inside
     *                     (a map entry's key, a record's component): from {@link #SUMMARY_NESTING} on,
     *                     records are named instead of opened, so a chain of records cannot recurse deeply
     */
    Shape shape(Value value, String declaredType, int level) {
        if (value == null) {
            return Shape.leaf("null", declaredType);
        }
        if (value instanceof VoidValue) {
            return Shape.leaf("<no value>", "void");
        }
        if (value instanceof PrimitiveValue primitive) {
            return Shape.leaf(primitive(primitive), value.type().name());
        }
        ObjectReference object = (ObjectReference) value;
        String type = object.referenceType().name();
        try {
            try {
                return objectShape(object, type, level);
            } catch (LayoutException e) {
                return fields(object, type);
            }
        } catch (ObjectCollectedException e) {
            return Shape.leaf("<garbage collected>", type);
        }
    }

    /** The plain fields of an object: what anything without a better view shows, and the fallback. */
    Shape fields(ObjectReference object, String type) {
        return new Shape(name(object), type, fieldChildren(object));
    }

    /** Only the summary: the one line {@code dv}, {@code ??} ({@link ValueText}) and a {@code dx} line show. */
    String summary(Value value) {
        return shape(value, null, 0).summary();
    }

    private Shape objectShape(ObjectReference object, String type, int level) {
        if (object instanceof StringReference string) {
            return Shape.leaf(strings.of(string), type);
        }
        if (object instanceof ArrayReference array) {
            String element = ((ArrayType) array.referenceType()).componentTypeName();
            return new Shape("{ length=" + array.length() + " }", type, new IndexedChildren(array, 0, array.length(), element));
        }
        if (object instanceof ClassObjectReference classObject) {
            return Shape.leaf("{class " + classObject.reflectedType().name() + "}", type);
        }
        ReferenceType referenceType = object.referenceType();
        if (BOXES.contains(type)) {
            return Shape.leaf(primitive((PrimitiveValue) Reads.field(object, "value")), type);
        }
        if (type.equals("java.util.Optional")) {
            return optional(object, type, level);
        }
        if (Reads.isA(referenceType, "java.lang.AbstractStringBuilder")) {
            return Shape.leaf(strings.ofBuilder(object), type);
        }
        if (isEnum(referenceType)) {
            String name = ((StringReference) Reads.field(object, "name")).value();
            Children own = fieldChildren(object, "java.lang.Enum");
            return new Shape(name, type, own.size() == 0 ? null : own);
        }
        if (Reads.isA(referenceType, "java.lang.Record")) {
            Children components = fieldChildren(object, "java.lang.Record");
            return new Shape(level >= SUMMARY_NESTING ? name(object) : recordSummary(object, components, level), type,
                    components);
        }
        Children elements = collections.childrenOf(object);
        if (elements != null) {
            return new Shape(JdkCollections.sizeSummary(elements.size()), type, elements);
        }
        return fields(object, type);
    }

    /** {@code Optional["x"]} with the value under it, or {@code Optional.empty}. */
    private Shape optional(ObjectReference optional, String type, int level) {
        Value inner = Reads.field(optional, "value");
        if (inner == null) {
            return Shape.leaf("Optional.empty", type);
        }
        String summary = "Optional[" + shape(inner, null, level + 1).summary() + "]";
        return new Shape(summary, type, Children.of(List.of(new Child.Of("value", inner, null))));
    }

    /** {@code Point[x=1, y=2]}, as a record's own {@code toString} would say, without calling it. */
    private String recordSummary(ObjectReference record, Children components, int level) {
        StringBuilder text = new StringBuilder(simpleName(record.referenceType().name())).append('[');
        List<Child> all = components.page(0, (int) Math.min(components.size(), maxSummary));
        for (int i = 0; i < all.size() && text.length() < maxSummary; i++) {
            Child.Of component = (Child.Of) all.get(i);
            text.append(i == 0 ? "" : ", ").append(component.name()).append('=')
                    .append(shape(component.value(), null, level + 1).summary());
        }
        if (text.length() >= maxSummary) {
            return text.substring(0, maxSummary) + "...]";
        }
        return text.append(']').toString();
    }

    /** An object without a text of its own: {@code {Node@0x2f1}}, its JDWP object id telling two apart. */
    private static String name(ObjectReference object) {
        return "{" + simpleName(object.referenceType().name()) + "@0x" + Long.toHexString(object.uniqueID()) + "}";
    }

    private static boolean isEnum(ReferenceType type) {
        for (ReferenceType t = type; t instanceof ClassType classType; t = classType.superclass()) {
            if (classType.isEnum()) {
                return true;
            }
        }
        return false;
    }

    private Children fieldChildren(ObjectReference object) {
        return fieldChildren(object, null);
    }

    /**
     * The instance fields, the class's own first and then each superclass's (JDI's order), without those
     * declared in {@code leaveOut} (an enum's name and ordinal are its summary already); a field hidden
     * by a subclass's field of the same name is called {@code Class.name}.
     */
    private static Children fieldChildren(ObjectReference object, String leaveOut) {
        List<Field> fields = new ArrayList<>();
        for (Field field : object.referenceType().allFields()) {
            if (!field.isStatic() && !field.declaringType().name().equals(leaveOut)) {
                fields.add(field);
            }
        }
        Map<Field, Value> values = object.getValues(fields);
        Set<String> names = new HashSet<>();
        List<Child> children = new ArrayList<>(fields.size());
        for (Field field : fields) {
            String name = names.add(field.name()) ? field.name()
                    : simpleName(field.declaringType().name()) + "." + field.name();
            children.add(new Child.Of(name, values.get(field), field.typeName()));
        }
        return Children.of(children);
    }

    /**
     * Java's literal form, so that the text alone tells the type: {@code 42}, {@code 42L}, {@code 1.5f},
     * {@code 2.5}, {@code true}, {@code 'c'} (escaped as in source).
     */
    static String primitive(PrimitiveValue value) {
        if (value instanceof CharValue c) {
            return StringText.character(c.value());
        }
        if (value instanceof BooleanValue b) {
            return String.valueOf(b.value());
        }
        if (value instanceof FloatValue f) {
            return Float.isFinite(f.value()) ? f.value() + "f" : Float.toString(f.value());
        }
        if (value instanceof DoubleValue d) {
            return Double.toString(d.value());
        }
        return value instanceof LongValue ? value.longValue() + "L" : Long.toString(value.longValue());
    }

    /** A class's name without its package: {@code Outer$Inner}, {@code Main$$Lambda$14/0x0000000800c03000}. */
    static String simpleName(String className) {
        int bracket = className.indexOf('[');
        String base = bracket < 0 ? className : className.substring(0, bracket);
        int slash = base.indexOf('/');
        int dot = base.lastIndexOf('.', slash < 0 ? base.length() : slash);
        return className.substring(dot + 1);
    }
}
