package io.dbgshell.engine.jdi.expr;

import com.sun.jdi.AbsentInformationException;
import com.sun.jdi.ClassObjectReference;
import com.sun.jdi.ClassType;
import com.sun.jdi.Field;
import com.sun.jdi.InvocationException;
import com.sun.jdi.LocalVariable;
import com.sun.jdi.Method;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.StackFrame;
import com.sun.jdi.Value;
import io.dbgshell.engine.expr.TypeName;

import java.util.ArrayList;
import java.util.List;

/**
 * What names mean in the selected frame, in javac's order: a local, then a field of {@code this}
 * (its class and superclasses), a captured variable or a field of an enclosing instance, a static
 * field of the current or an enclosing class, then a type, then a package. Types are looked up by
 * their binary names among loaded classes, preferring the current class's loader; a simple name
 * tries the current class's nested classes, its package and {@code java.lang}.
 */
final class Scope {
    /** The prefix of the synthetic field javac gives an inner class for its enclosing instance ({@code this$0}, {@code this$1} deeper in). */
    private static final String OUTER_PREFIX = "this$";
    /** The prefix javac gives a local or anonymous class's copies of captured locals. */
    private static final String CAPTURED_PREFIX = "val$";

    /** A name resolved to a value, a type, or (so far) only a package prefix. */
    sealed interface Resolved {
    }

    record Val(EvalValue value) implements Resolved {
    }

    record Type(ReferenceType type) implements Resolved {
    }

    record Package(String name) implements Resolved {
    }

    private final Evaluation evaluation;

    Scope(Evaluation evaluation) {
        this.evaluation = evaluation;
    }

    /** The class of the selected frame's method. */
    ReferenceType currentType() throws EvalException {
        return evaluation.frame().location().declaringType();
    }

    Resolved resolve(String name) throws EvalException {
        StackFrame frame = evaluation.frame();
        try {
            LocalVariable local = frame.visibleVariableByName(name);
            if (local != null) {
                return new Val(new EvalValue.Remote(frame.getValue(local)));
            }
        } catch (AbsentInformationException noLocals) {
            // compiled without -g: fields, statics and types still resolve
        }
        ObjectReference self = frame.thisObject();
        for (ObjectReference object = self; object != null; object = outer(object)) {
            Field field = object.referenceType().fieldByName(name);
            if (field == null && object == self) {
                field = object.referenceType().fieldByName(CAPTURED_PREFIX + name);
            }
            if (field != null) {
                return new Val(new EvalValue.Remote(object.getValue(field)));
            }
        }
        for (ReferenceType type : enclosingTypes(currentType())) {
            Field field = type.fieldByName(name);
            if (field != null && field.isStatic()) {
                return new Val(new EvalValue.Remote(type.getValue(field)));
            }
        }
        ReferenceType type = simpleType(name);
        return type != null ? new Type(type) : new Package(name);
    }

    /** {@code target.name}, where {@code target} is a type or a package (a value's fields are the evaluation's). */
    Resolved member(Resolved target, String name) throws EvalException {
        if (target instanceof Type type) {
            Field field = type.type().fieldByName(name);
            if (field != null && field.isStatic()) {
                return new Val(new EvalValue.Remote(type.type().getValue(field)));
            }
            ReferenceType nested = loadedType(type.type().name() + "$" + name);
            if (nested == null) {
                throw new EvalException("unknown static field or nested class '" + name + "' in "
                        + type.type().name());
            }
            return new Type(nested);
        }
        String qualified = ((Package) target).name() + "." + name;
        ReferenceType type = loadedType(qualified);
        if (type == null && evaluation.policy().invoke() && Character.isUpperCase(name.charAt(0))
                && !isLoadedPackage(qualified)) {
            type = load(qualified);
        }
        return type != null ? new Type(type) : new Package(qualified);
    }

    /** The enclosing instance of an inner-class object, or null. */
    static ObjectReference outer(ObjectReference object) {
        for (Field field : object.referenceType().fields()) {
            if (field.isSynthetic() && field.name().startsWith(OUTER_PREFIX)) {
                return (ObjectReference) object.getValue(field);
            }
        }
        return null;
    }

    /** The current class, then each class that encloses it ({@code A$B$C}, {@code A$B}, {@code A}). */
    List<ReferenceType> enclosingTypes(ReferenceType type) throws EvalException {
        List<ReferenceType> types = new ArrayList<>();
        types.add(type);
        String name = type.name();
        for (int dollar = name.lastIndexOf('$'); dollar > 0; dollar = name.lastIndexOf('$')) {
            name = name.substring(0, dollar);
            ReferenceType enclosing = loadedType(name);
            if (enclosing != null) {
                types.add(enclosing);
            }
        }
        return types;
    }

    /** A type written in a cast, {@code instanceof} or {@code new}, arrays included. */
    ReferenceType type(TypeName written) throws EvalException {
        String element;
        ReferenceType named = null;
        if (Types.isPrimitiveName(written.name())) {
            element = written.name();
        } else {
            named = typeNamed(written.name());
            if (named == null) {
                throw new EvalException("unknown type '" + written.name() + "'"
                        + (evaluation.policy().invoke() ? "" : " (or not loaded in the target)"));
            }
            element = named.name();
        }
        if (written.dimensions() == 0) {
            // the type found, not looked up again by name: JDI's list of loaded classes did not yet
            // hold one that Class.forName had just loaded for this evaluation (the session test saw it)
            return named;
        }
        String array = element + "[]".repeat(written.dimensions());
        ReferenceType type = loadedType(array);
        if (type == null) {
            throw new EvalException("no array of type " + array + " exists in the target");
        }
        return type;
    }

    /** A type by its source name, simple ({@code Inner}) or qualified ({@code java.util.Map.Entry}). */
    private ReferenceType typeNamed(String written) throws EvalException {
        String[] parts = written.split("\\.");
        Resolved resolved = null;
        for (String part : parts) {
            if (resolved == null) {
                ReferenceType simple = simpleType(part);
                resolved = simple != null ? new Type(simple) : new Package(part);
            } else if (resolved instanceof Type outer) {
                // in a type's name only a nested class goes on: a static field of that name is no type
                ReferenceType nested = loadedType(outer.type().name() + "$" + part);
                if (nested == null) {
                    return null;
                }
                resolved = new Type(nested);
            } else {
                // a class of the package (loaded by a call where calls may run) or a longer package;
                // a call that is refused says why, rather than the name being unknown
                resolved = member(resolved, part);
            }
        }
        return resolved instanceof Type type ? type.type() : null;
    }

    /** A type by simple name: nested in the current or an enclosing class, in its package, in java.lang. */
    private ReferenceType simpleType(String name) throws EvalException {
        ReferenceType current = currentType();
        List<String> candidates = new ArrayList<>();
        for (ReferenceType type : enclosingTypes(current)) {
            if (type.name().endsWith("$" + name) || simpleName(type.name()).equals(name)) {
                return type;
            }
            candidates.add(type.name() + "$" + name);
        }
        String currentName = current.name();
        int dot = currentName.lastIndexOf('.');
        candidates.add(dot < 0 ? name : currentName.substring(0, dot + 1) + name);
        candidates.add("java.lang." + name);
        for (String candidate : candidates) {
            ReferenceType type = loadedType(candidate);
            if (type != null) {
                return type;
            }
        }
        if (evaluation.policy().invoke() && !name.isEmpty() && Character.isUpperCase(name.charAt(0))
                && !isLoadedPackage(name)) {
            for (String candidate : candidates.subList(candidates.size() - 2, candidates.size())) {
                ReferenceType type = load(candidate);
                if (type != null) {
                    return type;
                }
            }
        }
        return null;
    }

    private static String simpleName(String binaryName) {
        return binaryName.substring(Math.max(binaryName.lastIndexOf('.'), binaryName.lastIndexOf('$')) + 1);
    }

    /** A loaded class by binary name, the one in the current class's loader if several loaders have one. */
    ReferenceType loadedType(String binaryName) throws EvalException {
        List<ReferenceType> types = evaluation.vm().classesByName(binaryName);
        if (types.isEmpty()) {
            return null;
        }
        if (types.size() > 1) {
            ObjectReference loader = currentType().classLoader();
            for (ReferenceType type : types) {
                if (java.util.Objects.equals(type.classLoader(), loader)) {
                    return type;
                }
            }
        }
        return types.get(0);
    }

    /**
     * Whether a loaded class is in package {@code name} or one below it: then {@code name} is that
     * package (jshell's snippets are in {@code REPL}), not a class to load with a call that the thread
     * may not be able to make, or that would only find nothing.
     */
    private boolean isLoadedPackage(String name) {
        String prefix = name + ".";
        return evaluation.vm().allClasses().stream().anyMatch(type -> type.name().startsWith(prefix));
    }

    /**
     * Loads a class the target has not loaded yet, the way {@code Class.forName(name, false, loader)}
     * does in the current class: a call into the target. Null if there is no such class.
     */
    private ReferenceType load(String binaryName) throws EvalException {
        ClassType classClass = (ClassType) loadedType("java.lang.Class");
        Method forName = classClass.concreteMethodByName("forName",
                "(Ljava/lang/String;ZLjava/lang/ClassLoader;)Ljava/lang/Class;");
        if (forName == null) {
            return null;
        }
        List<Value> args = new ArrayList<>();
        args.add(evaluation.mirror(binaryName));
        args.add(evaluation.vm().mirrorOf(false));
        args.add(currentType().classLoader());
        try {
            Value loaded = evaluation.callOrThrow(Invoker.onClass(classClass, forName, args), "Class.forName");
            return loaded instanceof ClassObjectReference type ? type.reflectedType() : null;
        } catch (InvocationException noSuchClass) {
            return null;
        }
    }
}
