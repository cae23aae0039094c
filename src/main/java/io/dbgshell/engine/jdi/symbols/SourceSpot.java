package io.dbgshell.engine.jdi.symbols;

import com.sun.jdi.AbsentInformationException;
import com.sun.jdi.Location;
import com.sun.jdi.Method;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.VirtualMachine;
import io.dbgshell.engine.EngineException;

import java.util.List;

/**
 * The LOCATION of {@code lsa}, parsed once: {@code Class:LINE} ({@code com.example.Cart:42}),
 * {@code File.java:LINE} (the file of a loaded class with that source name) or {@code
 * Class.method} (its first line). The breakpoint LOCATION grammar of ENGINE.md §3, less the
 * argument types, which a listing does not need.
 *
 * @param name   a binary class name, or a source file name ending in {@code .java}
 * @param method the method, for the {@code Class.method} form
 * @param line   the line, for the {@code :LINE} forms; 0 for a method
 */
public record SourceSpot(String name, String method, int line) {

    /** Where a spot is in the sources: the file's path under a source directory, and a line. */
    public record Place(String relativePath, int line) {
    }

    /** @throws EngineException naming the token that is not a location */
    public static SourceSpot parse(String argument) throws EngineException {
        String text = argument.strip();
        if (text.isEmpty() || text.chars().anyMatch(Character::isWhitespace)) {
            throw notALocation(text);
        }
        int colon = text.lastIndexOf(':');
        if (colon >= 0) {
            String lineText = text.substring(colon + 1);
            int line;
            try {
                line = Integer.parseInt(lineText);
            } catch (NumberFormatException e) {
                line = 0;
            }
            if (line < 1 || colon == 0) {
                throw new EngineException("'" + text + "' is not a location: '" + lineText + "' is not a line number");
            }
            return new SourceSpot(text.substring(0, colon), "", line);
        }
        int dot = text.lastIndexOf('.');
        if (dot <= 0 || dot == text.length() - 1 || text.endsWith(".java")) {
            throw notALocation(text);
        }
        return new SourceSpot(text.substring(0, dot), text.substring(dot + 1), 0);
    }

    private static EngineException notALocation(String text) {
        return new EngineException("'" + text + "' is not a location: use Class:LINE, File.java:LINE or Class.method");
    }

    /** @throws EngineException when no loaded class, method or source name fits */
    public Place resolve(VirtualMachine vm) throws EngineException {
        try {
            if (name.endsWith(".java")) {
                return new Place(fileOf(vm), line);
            }
            ReferenceType type = loaded(vm);
            if (method.isEmpty()) {
                return new Place(type.sourcePaths(null).get(0), line);
            }
            for (Method candidate : type.methodsByName(method)) {
                Location start = candidate.location();
                if (start != null && start.lineNumber() > 0) {
                    return new Place(start.sourcePath(), start.lineNumber());
                }
            }
            throw new EngineException(type.name() + " has no method '" + method + "' with line numbers");
        } catch (AbsentInformationException e) {
            throw new EngineException(name + " has no source information (compiled without -g)");
        }
    }

    private ReferenceType loaded(VirtualMachine vm) throws EngineException {
        List<ReferenceType> types = vm.classesByName(name);
        if (types.isEmpty()) {
            throw new EngineException("class '" + name + "' is not loaded");
        }
        return types.get(0);
    }

    /**
     * The path of a file by its source name. Only classes whose simple name starts with the
     * file's base name are asked for their source name (one round trip each), not every class.
     */
    private String fileOf(VirtualMachine vm) throws EngineException {
        String base = name.substring(0, name.length() - ".java".length());
        for (ReferenceType type : vm.allClasses()) {
            String simple = type.name().substring(type.name().lastIndexOf('.') + 1);
            if (simple.startsWith(base)) {
                try {
                    if (type.sourceName().equals(name)) {
                        return type.sourcePaths(null).get(0);
                    }
                } catch (AbsentInformationException e) {
                    // this one has no source name; another class may
                }
            }
        }
        throw new EngineException("no loaded class comes from '" + name + "'");
    }
}
