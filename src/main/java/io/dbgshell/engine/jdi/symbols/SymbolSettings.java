package io.dbgshell.engine.jdi.symbols;

/**
 * The bounds of the inspection views, defaults in {@link #DEFAULT}; tests shrink them.
 *
 * @param maxLines       lines {@code x}, {@code lm} and {@code !locks} print before {@code ... N more}
 * @param maxSourceBytes the largest source file read for {@code lsa}, {@code ls} and stop lines
 * @param listBefore     lines {@code lsa} shows before the line it is given
 * @param listLines      lines one {@code lsa} or {@code ls} shows in all
 */
public record SymbolSettings(int maxLines, int maxSourceBytes, int listBefore, int listLines) {
    /** 1,000 lines of output; 4 MiB of source, far above any hand-written Java file; ten-line listings as WinDbg's. */
    public static final SymbolSettings DEFAULT = new SymbolSettings(1000, 4 * 1024 * 1024, 5, 10);

    public SymbolSettings {
        if (maxLines < 1 || maxSourceBytes < 1 || listBefore < 0 || listLines <= listBefore) {
            throw new IllegalArgumentException("bad symbol settings");
        }
    }
}
