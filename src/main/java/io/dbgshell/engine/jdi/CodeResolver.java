package io.dbgshell.engine.jdi;

import com.sun.jdi.AbsentInformationException;
import com.sun.jdi.Field;
import com.sun.jdi.Location;
import com.sun.jdi.Method;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.request.ClassPrepareRequest;
import io.dbgshell.engine.CodeLocation;
import io.dbgshell.engine.EngineException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds a {@link CodeLocation} in the target's classes: which classes it names, where in one
 * class it is (or which field a watchpoint watches there), and the class-prepare request that reports the classes it names when they load
 * later, in any class loader.
 */
final class CodeResolver {
    private CodeResolver() {
    }

    /** Whether {@code type} is a class the location names. */
    static boolean names(CodeLocation location, ReferenceType type) {
        if (location instanceof CodeLocation.SourceLine line) {
            return line.sourceName().equals(sourceName(type));
        }
        return type.name().equals(className(location));
    }

    /** The loaded (prepared) classes the location names, in every class loader. */
    static List<ReferenceType> loaded(VirtualMachine vm, CodeLocation location) {
        List<ReferenceType> candidates = location instanceof CodeLocation.SourceLine
                ? vm.allClasses() : vm.classesByName(className(location));
        return candidates.stream().filter(ReferenceType::isPrepared).filter(type -> names(location, type)).toList();
    }

    /** A disabled request that reports every class the location names as it loads. */
    static ClassPrepareRequest prepareRequest(VirtualMachine vm, CodeLocation location) {
        ClassPrepareRequest request = vm.eventRequestManager().createClassPrepareRequest();
        if (location instanceof CodeLocation.SourceLine line) {
            request.addSourceNameFilter(line.sourceName());
        } else {
            request.addClassFilter(className(location));
        }
        return request;
    }

    static String className(CodeLocation location) {
        if (location instanceof CodeLocation.ClassLine line) {
            return line.className();
        }
        if (location instanceof CodeLocation.FieldAccess access) {
            return access.className();
        }
        return ((CodeLocation.MethodEntry) location).className();
    }

    /**
     * The field a watchpoint names in {@code type} (declared there or inherited).
     *
     * @throws EngineException the class has no such field
     */
    static Field field(CodeLocation.FieldAccess access, ReferenceType type) throws EngineException {
        Field field = type.fieldByName(access.field());
        if (field == null) {
            throw new EngineException(type.name() + " has no field named " + access.field());
        }
        return field;
    }

    /**
     * Refuses a watchpoint the target's VM cannot make: JDI's {@code canWatchFieldAccess} and
     * {@code canWatchFieldModification} are optional capabilities.
     */
    static void requireWatchable(VirtualMachine vm, CodeLocation.FieldAccess access) throws EngineException {
        if (access.write() ? !vm.canWatchFieldModification() : !vm.canWatchFieldAccess()) {
            throw new EngineException("this target's VM cannot watch field " + (access.write() ? "writes" : "reads")
                    + " (" + (access.write() ? "canWatchFieldModification" : "canWatchFieldAccess") + " is false)");
        }
    }

    /**
     * Where the location is in {@code type}: the line's code, or the first line of each method
     * meant. Empty when a source file's line is in another of its classes.
     *
     * @throws EngineException the class has no such method, or no code at that line (naming the
     *                         nearest lines that have code)
     */
    static List<Location> locations(CodeLocation location, ReferenceType type) throws EngineException {
        if (location instanceof CodeLocation.ClassLine line) {
            List<Location> found = lineLocations(type, line.line());
            if (found.isEmpty()) {
                throw new EngineException(noCode(type.name(), line.line(), lines(type)));
            }
            return found;
        }
        if (location instanceof CodeLocation.SourceLine line) {
            return lineLocations(type, line.line());
        }
        return methodEntries((CodeLocation.MethodEntry) location, type);
    }

    /** One line for a line {@code where} (a class, or what of a source file is loaded) has no code at. */
    static String noCode(String where, int line, TreeSet<Integer> lines) {
        if (lines.isEmpty()) {
            return where + " has no line numbers (compiled with -g:none?)";
        }
        Integer below = lines.lower(line);
        Integer above = lines.higher(line);
        String nearest = below == null ? "line " + above
                : above == null ? "line " + below : "lines " + below + " and " + above;
        return where + " has no code at line " + line + "; the nearest " + nearest
                + (below != null && above != null ? " have code" : " has code");
    }

    /**
     * Whether {@code type} is the top-level class of the source file {@code location} names
     * ({@code com.example.Cart} for {@code Cart.java}): when it has loaded without code at the line,
     * only a nested class not loaded yet could still have it, and a user who mistyped the line
     * should hear so.
     */
    static boolean topLevelOf(CodeLocation.SourceLine location, ReferenceType type) {
        String file = location.sourceName();
        String base = file.substring(0, file.lastIndexOf('.'));
        return type.name().equals(base) || type.name().endsWith("." + base);
    }

    /** The lines that have code in {@code type}. */
    static TreeSet<Integer> lines(ReferenceType type) {
        TreeSet<Integer> lines = new TreeSet<>();
        try {
            type.allLineLocations().forEach(location -> lines.add(location.lineNumber()));
        } catch (AbsentInformationException e) {
            // no line table: the caller says so
        }
        return lines;
    }

    private static List<Location> lineLocations(ReferenceType type, int line) throws EngineException {
        try {
            // one location per method the line has code in (a lambda's line can be in two)
            List<Location> found = new ArrayList<>();
            for (Location location : type.locationsOfLine(line)) {
                if (found.stream().noneMatch(other -> other.method().equals(location.method()))) {
                    found.add(location);
                }
            }
            return found;
        } catch (AbsentInformationException e) {
            throw new EngineException(type.name() + " has no line numbers (compiled with -g:none?)");
        }
    }

    private static List<Location> methodEntries(CodeLocation.MethodEntry entry, ReferenceType type) throws EngineException {
        List<Method> named = type.methodsByName(entry.method());
        if (named.isEmpty()) {
            throw new EngineException(type.name() + " has no method named " + entry.method());
        }
        List<Method> meant = named.stream().filter(method -> entry.argumentTypes()
                .map(types -> sameTypes(types, method.argumentTypeNames())).orElse(true)).toList();
        if (meant.isEmpty()) {
            throw new EngineException("no method " + entry.text() + "; " + type.name() + " has "
                    + String.join(", ", named.stream().map(CodeResolver::signature).toList()));
        }
        List<Location> found = meant.stream().map(Method::location).filter(location -> location != null
                && location.codeIndex() >= 0).toList();
        if (found.isEmpty()) {
            throw new EngineException(entry.text() + " has no code (abstract or native)");
        }
        return found;
    }

    /** {@code work(int,java.lang.String)}. */
    static String signature(Method method) {
        return method.name() + "(" + String.join(",", method.argumentTypeNames()) + ")";
    }

    /** Argument types match when each is the JVM's name or that name without its package. */
    private static boolean sameTypes(List<String> typed, List<String> actual) {
        if (typed.size() != actual.size()) {
            return false;
        }
        for (int i = 0; i < typed.size(); i++) {
            String full = actual.get(i);
            String simple = full.substring(full.lastIndexOf('.') + 1);
            if (!typed.get(i).equals(full) && !typed.get(i).equals(simple)) {
                return false;
            }
        }
        return true;
    }

    static Optional<String> sourceNameOf(ReferenceType type) {
        try {
            return Optional.of(type.sourceName());
        } catch (AbsentInformationException e) {
            return Optional.empty();
        }
    }

    private static String sourceName(ReferenceType type) {
        return sourceNameOf(type).orElse("");
    }
}
