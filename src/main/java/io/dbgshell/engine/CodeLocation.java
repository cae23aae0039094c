package io.dbgshell.engine;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A place in the target's code as a user names it (ENGINE.md §3), parsed once: {@code Class:LINE},
 * {@code File.java:LINE}, {@code Class.method} or {@code Class.method(ARGTYPES)}; or, for a
 * watchpoint ({@code ba}), a field whose reads or writes break wherever in the code they happen.
 * Classes are named by their binary name ({@code Outer$Inner}). {@link #text()} gives back the user's form.
 */
public sealed interface CodeLocation {

    /** The form a user types, for listings and messages. */
    String text();

    /** A line of one class: {@code com.example.Cart:42}. */
    record ClassLine(String className, int line) implements CodeLocation {
        @Override
        public String text() {
            return className + ":" + line;
        }
    }

    /** A line of a source file, whichever classes it compiled to: {@code Cart.java:42}. */
    record SourceLine(String sourceName, int line) implements CodeLocation {
        @Override
        public String text() {
            return sourceName + ":" + line;
        }
    }

    /**
     * The first line of a method: every overload, or the one whose argument types are given
     * (each as the JVM names it, {@code java.lang.String}, {@code int[]}, or without its package).
     */
    record MethodEntry(String className, String method, Optional<List<String>> argumentTypes) implements CodeLocation {
        @Override
        public String text() {
            return className + "." + method + argumentTypes.map(types -> "(" + String.join(",", types) + ")").orElse("");
        }
    }

    /**
     * A field's reads ({@code ba r Loop.total}) or writes ({@code ba w Loop.total}), in every class
     * loader's copy of the class; an inherited field is named through the class that inherits it.
     */
    record FieldAccess(String className, String field, boolean write) implements CodeLocation {
        @Override
        public String text() {
            return (write ? "w " : "r ") + className + "." + field;
        }

        /** Parses {@code ba}'s access ({@code r} or {@code w}) and {@code Class.field}. */
        public static FieldAccess parse(String access, String token) throws EngineException {
            if (!access.equals("r") && !access.equals("w")) {
                throw new EngineException("'" + access + "' is not an access: r (read) or w (write)");
            }
            int dot = token.lastIndexOf('.');
            if (dot <= 0 || !Names.IDENTIFIER.matcher(token.substring(dot + 1)).matches()) {
                throw bad(token, "expected Class.field");
            }
            return new FieldAccess(CodeLocation.className(token, token.substring(0, dot)), token.substring(dot + 1),
                    access.equals("w"));
        }
    }

    /** Source files are told from classes by these endings. */
    List<String> SOURCE_SUFFIXES = List.of(".java", ".kt", ".groovy", ".scala");

    /** Parses one location token. */
    static CodeLocation parse(String token) throws EngineException {
        String text = token.strip();
        if (text.indexOf('*') >= 0 || text.indexOf('?') >= 0) {
            throw bad(text, "a location names one place; bm sets breakpoints on every method matching a wildcard");
        }
        int colon = text.lastIndexOf(':');
        if (colon >= 0) {
            String owner = text.substring(0, colon);
            int line = lineNumber(text, text.substring(colon + 1));
            if (SOURCE_SUFFIXES.stream().anyMatch(suffix -> owner.endsWith(suffix) && owner.length() > suffix.length())) {
                String base = owner.substring(0, owner.lastIndexOf('.'));
                if (!Names.IDENTIFIER.matcher(base).matches()) {
                    throw bad(text, "'" + owner + "' is not a source file name");
                }
                return new SourceLine(owner, line);
            }
            return new ClassLine(className(text, owner), line);
        }
        int paren = text.indexOf('(');
        String head = paren < 0 ? text : text.substring(0, paren);
        int dot = head.lastIndexOf('.');
        if (dot <= 0 || dot == head.length() - 1) {
            throw bad(text, "expected Class:LINE, File.java:LINE, Class.method or Class.method(ARGTYPES)");
        }
        String method = head.substring(dot + 1);
        if (!Names.METHOD.matcher(method).matches()) {
            throw bad(text, "'" + method + "' is not a method name");
        }
        return new MethodEntry(className(text, head.substring(0, dot)), method,
                paren < 0 ? Optional.empty() : Optional.of(argumentTypes(text, text.substring(paren))));
    }

    private static int lineNumber(String text, String digits) throws EngineException {
        if (!digits.matches("[0-9]{1,9}") || Integer.parseInt(digits) == 0) {
            throw bad(text, "'" + digits + "' is not a line number");
        }
        return Integer.parseInt(digits);
    }

    private static String className(String text, String name) throws EngineException {
        if (!Names.CLASS.matcher(name).matches()) {
            throw bad(text, "'" + name + "' is not a class name");
        }
        return name;
    }

    private static List<String> argumentTypes(String text, String list) throws EngineException {
        if (!list.endsWith(")") || list.indexOf(')') != list.length() - 1) {
            throw bad(text, "the argument types must end with one ')'");
        }
        String inside = list.substring(1, list.length() - 1).strip();
        if (inside.isEmpty()) {
            return List.of();
        }
        List<String> types = java.util.Arrays.stream(inside.split(",", -1)).map(String::strip).toList();
        for (String type : types) {
            if (!Names.TYPE.matcher(type).matches()) {
                throw bad(text, "'" + type + "' is not a type name");
            }
        }
        return types;
    }

    private static EngineException bad(String text, String why) {
        return new EngineException("bad location '" + text + "': " + why);
    }

    /** The name shapes a location accepts. */
    final class Names {
        private static final String ID = "[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*";
        static final Pattern IDENTIFIER = Pattern.compile(ID);
        static final Pattern CLASS = Pattern.compile(ID + "(\\." + ID + ")*");
        static final Pattern METHOD = Pattern.compile(ID + "|<init>|<clinit>");
        static final Pattern TYPE = Pattern.compile(ID + "(\\." + ID + ")*(\\[\\])*");

        private Names() {
        }
    }
}
