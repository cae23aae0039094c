package io.dbgshell.engine.jdi.symbols;

import com.sun.jdi.AbsentInformationException;
import com.sun.jdi.Location;
import io.dbgshell.config.Tunables;
import io.dbgshell.engine.EngineException;
import io.dbgshell.files.UserFileException;
import io.dbgshell.files.UserFiles;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds and reads source files on the source path. A file is {@code DIR/PACKAGE-PATH/SOURCE-NAME}
 * with the names the class file gives; since those come from the target, a name that would lead
 * out of the directory ({@code ../}, an absolute name) is never followed. Files are read through
 * {@link UserFiles}: only regular files, at most {@link SymbolSettings#MAX_SOURCE_BYTES}, within its
 * time-out, and the directories are looked in within it too, so a FIFO, a huge file or a hung mount
 * on the path cannot stall the session. Bytes that are not UTF-8 are shown as U+FFFD. The last
 * {@link SymbolSettings#CACHED_SOURCE_FILES} files read are kept while their size, time
 * and identity stay the same. Thread-safe: stops come from the event thread, listings from commands.
 */
public final class SourceLines {
    /** A file's lines and the size, time and identity it had when read. */
    private record Read(List<Object> stamp, SourceFile source) {
    }

    private final UserFiles files;
    private final int maxSourceBytes;
    /** Reading a file again would cost a helper thread and the whole file each time a step stops in it. */
    private final Map<Path, Read> recent;

    public SourceLines(UserFiles files, Tunables tunables) {
        this.files = files;
        this.maxSourceBytes = tunables.get(SymbolSettings.MAX_SOURCE_BYTES);
        int cached = tunables.get(SymbolSettings.CACHED_SOURCE_FILES);
        this.recent = new LinkedHashMap<>(cached + 1, 1f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Path, Read> eldest) {
                return size() > cached;
            }
        };
    }

    /**
     * The source line a stop at {@code location} shows under its location line ({@code >   12:
     * code}), when the class has line information and its file is found; empty otherwise, never
     * an error, since a stop must be announced whatever the files are.
     */
    public Optional<String> stopLine(SourcePath path, Location location) {
        int line = location.lineNumber();
        if (line <= 0) {
            return Optional.empty(); // no line to show: no file to look for
        }
        try {
            Optional<SourceFile> file = find(path, location.sourcePath());
            return file.filter(f -> line <= f.lines().size()).map(f -> f.line(line, true));
        } catch (AbsentInformationException | EngineException e) {
            return Optional.empty();
        }
    }

    /**
     * The first file named {@code relative} ({@code com/example/Cart.java}) under a directory of
     * the path; empty when no directory has it.
     *
     * @throws EngineException naming the file that is there but cannot be read (a FIFO, too large, ...),
     *                         or the directory that did not answer within the files' time-out
     */
    public Optional<SourceFile> find(SourcePath path, String relative) throws EngineException {
        UserFiles.Answers<Found> answers = files.ask(path.dirs(), 1, dir -> inside(dir, relative)
                .flatMap(file -> attributes(file).map(attributes -> new Found(file, attributes))));
        if (answers.found().isEmpty()) {
            if (answers.unanswered().isPresent()) {
                throw new EngineException(answers.unanswered().get());
            }
            return Optional.empty();
        }
        Found found = answers.found().get(0);
        return Optional.of(cached(found.file(), found.attributes()));
    }

    /** A file on the path, and what {@code stat} said of it. */
    private record Found(Path file, BasicFileAttributes attributes) {
    }

    /** The file as last read, if it still has the size and time it had; otherwise read again. */
    private SourceFile cached(Path file, BasicFileAttributes attributes) throws EngineException {
        List<Object> stamp = List.of(attributes.size(), attributes.lastModifiedTime(),
                String.valueOf(attributes.fileKey()));
        synchronized (recent) {
            Read last = recent.get(file);
            if (last != null && last.stamp().equals(stamp)) {
                return last.source();
            }
        }
        SourceFile source = read(file);
        synchronized (recent) {
            recent.put(file, new Read(stamp, source));
        }
        return source;
    }

    private static Optional<BasicFileAttributes> attributes(Path file) {
        try {
            return Optional.of(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> inside(Path dir, String relative) {
        try {
            Path name = Path.of(relative);
            Path file = dir.resolve(name).normalize();
            return name.isAbsolute() || !file.startsWith(dir) ? Optional.empty() : Optional.of(file);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private SourceFile read(Path file) throws EngineException {
        try {
            byte[] bytes = files.read(file, maxSourceBytes);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            // A final line feed ends the last line; it does not start another.
            String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            return new SourceFile(file, List.of(body.split("\r?\n", -1)));
        } catch (IOException e) {
            throw new EngineException(file + " " + reason(e));
        }
    }

    private static String reason(IOException e) {
        return e instanceof UserFileException ? e.getMessage() : "cannot be read: " + e.getMessage();
    }
}
