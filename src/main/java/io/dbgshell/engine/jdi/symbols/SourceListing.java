package io.dbgshell.engine.jdi.symbols;

import io.dbgshell.config.Tunables;
import io.dbgshell.engine.EngineException;

import java.util.ArrayList;
import java.util.List;

/**
 * The state of {@code lsa} and {@code ls}: {@code lsa} lists lines around a line of a file and
 * remembers where it stopped, {@code ls} lists the next lines from there, as WinDbg's do. One per
 * session; not thread-safe (commands run one at a time).
 */
public final class SourceListing {
    private final int listBefore;
    private final int listLines;
    private SourceFile file;
    private int next;

    /** @throws IllegalArgumentException when {@code list-lines} leaves no room for the line after {@code list-before} */
    public SourceListing(Tunables tunables) {
        this.listBefore = tunables.get(SymbolSettings.LIST_BEFORE);
        this.listLines = tunables.get(SymbolSettings.LIST_LINES);
        if (listLines <= listBefore) {
            throw new IllegalArgumentException(SymbolSettings.LIST_LINES + " " + listLines + " must be more than "
                    + SymbolSettings.LIST_BEFORE + " " + listBefore);
        }
    }

    /**
     * {@code lsa LOCATION}: finds the file of the location's place ({@link SourceSpot#resolve}) on
     * the source path and lists around it. Takes the place, not the target: reading a file must not
     * hold up whoever guards the target.
     *
     * @throws EngineException when its file is not found or not readable
     */
    public List<String> around(SourceSpot.Place place, SourcePath path, SourceLines sources) throws EngineException {
        SourceFile file = sources.find(path, place.relativePath()).orElseThrow(() -> new EngineException(
                place.relativePath() + " is not under any source directory (.srcpath shows them)"));
        return around(file, place.line());
    }

    /** {@code lsa}: {@link SymbolSettings#LIST_BEFORE} lines before {@code line}, it (marked {@code >}), then more. */
    public List<String> around(SourceFile source, int line) throws EngineException {
        if (line > source.lines().size()) {
            throw new EngineException(source.path() + " has " + source.lines().size() + " lines, not " + line);
        }
        file = source;
        return list(Math.max(1, line - listBefore), line);
    }

    /** {@code ls}: the lines after the last ones listed. */
    public List<String> more() throws EngineException {
        if (file == null) {
            throw new EngineException("nothing listed yet: lsa LOCATION first");
        }
        if (next > file.lines().size()) {
            throw new EngineException("end of " + file.path() + " (" + file.lines().size() + " lines)");
        }
        return list(next, 0);
    }

    private List<String> list(int first, int marked) {
        int last = Math.min(file.lines().size(), first + listLines - 1);
        List<String> lines = new ArrayList<>();
        for (int number = first; number <= last; number++) {
            lines.add(file.line(number, number == marked));
        }
        next = last + 1;
        return lines;
    }
}
