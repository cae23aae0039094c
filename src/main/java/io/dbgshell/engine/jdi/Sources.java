package io.dbgshell.engine.jdi;

import com.sun.jdi.Location;
import io.dbgshell.config.Tunables;
import io.dbgshell.engine.EngineException;
import io.dbgshell.engine.jdi.symbols.SourceLines;
import io.dbgshell.engine.jdi.symbols.SourcePath;
import io.dbgshell.engine.jdi.symbols.SymbolSettings;
import io.dbgshell.files.UserFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The session's source path and the files read through it: what {@code .srcpath} changes, where
 * {@code lsa} and {@code ls} read, and the line under a stop. The path starts empty
 * (docs/decisions.md), and while it is empty a stop costs nothing here: no file is looked for.
 * Stops read it from the event thread while commands change it, hence the volatile.
 */
final class Sources {
    private final UserFiles userFiles;
    private final SourceLines files;
    private final int maxDirs;
    private volatile SourcePath path = SourcePath.EMPTY;

    Sources(Tunables tunables, UserFiles userFiles) {
        this.userFiles = userFiles;
        this.files = new SourceLines(userFiles, tunables);
        this.maxDirs = tunables.get(SymbolSettings.SOURCE_PATH_DIRS);
    }

    SourceLines files() {
        return files;
    }

    SourcePath path() {
        return path;
    }

    /**
     * {@code .srcpath [+]DIRS} with {@code base} for relative names: the new path, after a warning
     * for each of its directories that is not one now (kept: it may be made later, as WinDbg keeps
     * an inaccessible path), or for the one that did not answer within the files' time-out (the
     * ones after it stay unchecked).
     */
    List<String> change(String arguments, Path base) throws EngineException {
        SourcePath next = path.apply(arguments, base, maxDirs);
        path = next;
        List<String> lines = new ArrayList<>();
        UserFiles.Answers<Path> missing = userFiles.ask(next.dirs(), Integer.MAX_VALUE,
                dir -> Files.isDirectory(dir) ? Optional.empty() : Optional.of(dir));
        for (Path dir : missing.found()) {
            lines.add("Warning: " + dir + " is not a directory (kept on the path)");
        }
        missing.unanswered().ifPresent(stalled -> lines.add("Warning: " + stalled
                + "; kept on the path, with the directories after it unchecked"));
        lines.add(next.describe());
        return lines;
    }

    /** The source line a stop at {@code at} shows under its location line, when its file is on the path. */
    Optional<String> stopLine(Location at) {
        SourcePath now = path;
        return now.dirs().isEmpty() ? Optional.empty() : files.stopLine(now, at);
    }
}
