package io.dbgshell.engine.jdi.symbols;

import java.nio.file.Path;
import java.util.List;

/**
 * A source file found on the source path, read whole (it is bounded by {@link
 * SymbolSettings#MAX_SOURCE_BYTES}).
 *
 * @param path  where it was found
 * @param lines its lines, the first at index 0
 */
public record SourceFile(Path path, List<String> lines) {
    public SourceFile {
        lines = List.copyOf(lines);
    }

    /** A listing line: {@code >   12:     total += price;}, {@code >} on the line a stop or {@code lsa} is at. */
    public String line(int number, boolean marked) {
        return String.format("%s%5d: %s", marked ? ">" : " ", number, lines.get(number - 1));
    }
}
