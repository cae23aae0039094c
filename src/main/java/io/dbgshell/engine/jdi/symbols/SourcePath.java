package io.dbgshell.engine.jdi.symbols;

import io.dbgshell.engine.EngineException;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The source search path ({@code .srcpath}): directories under which a class's source is looked
 * for by its package path ({@code DIR/com/example/Cart.java}), in order. Immutable; {@link
 * #apply} gives the next value.
 */
public record SourcePath(List<Path> dirs) {
    public static final SourcePath EMPTY = new SourcePath(List.of());

    public SourcePath {
        dirs = List.copyOf(dirs);
    }

    /**
     * {@code .srcpath DIRS} replaces the path, {@code .srcpath +DIRS} appends to it; DIRS are
     * separated by {@code ;} as in WinDbg, empty ones and ones already on the path ignored, relative
     * ones taken from {@code base}; at most {@code maxDirs} ({@link SymbolSettings#SOURCE_PATH_DIRS}) in all.
     *
     * @throws EngineException naming the directory that is not a path, or the count past {@code maxDirs}
     */
    public SourcePath apply(String argument, Path base, int maxDirs) throws EngineException {
        String text = argument.strip();
        boolean append = text.startsWith("+");
        List<Path> next = new ArrayList<>(append ? dirs : List.of());
        for (String dir : (append ? text.substring(1) : text).split(";")) {
            String name = dir.strip();
            if (name.isEmpty()) {
                continue;
            }
            try {
                Path resolved = base.resolve(name).normalize();
                if (!next.contains(resolved)) { // a second copy would only be searched again in vain
                    next.add(resolved);
                }
            } catch (InvalidPathException e) {
                throw new EngineException("'" + name + "' is not a directory name: " + e.getReason());
            }
        }
        if (next.size() > maxDirs) {
            throw new EngineException("the source path can hold " + maxDirs + " directories, not " + next.size());
        }
        return new SourcePath(next);
    }

    /** What {@code .srcpath} prints. */
    public String describe() {
        if (dirs.isEmpty()) {
            return "Source search path is empty";
        }
        return "Source search path is: " + String.join(";", dirs.stream().map(Path::toString).toList());
    }
}
