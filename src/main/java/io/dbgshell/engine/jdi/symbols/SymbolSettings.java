package io.dbgshell.engine.jdi.symbols;

import io.dbgshell.config.Setting;

/** Every tunable of the inspection views ({@code x}, {@code lm}, {@code !locks}) and of source files. */
public final class SymbolSettings {
    /** Lines {@code x}, {@code lm} and {@code !locks} print before {@code ... N more}. */
    public static final Setting<Integer> VIEW_LINES = Setting.positive("view-lines", 1000);

    /** The largest source file read for {@code lsa}, {@code ls} and stop lines; far above any hand-written Java file. */
    public static final Setting<Integer> MAX_SOURCE_BYTES = Setting.positive("max-source-bytes", 4 * 1024 * 1024);

    /** Lines {@code lsa} shows before the line it is given, as WinDbg's. */
    public static final Setting<Integer> LIST_BEFORE = Setting.atLeast("list-before", 0, 5);

    /** Lines one {@code lsa} or {@code ls} shows in all, as WinDbg's; more than {@code list-before}. */
    public static final Setting<Integer> LIST_LINES = Setting.positive("list-lines", 10);

    /** Source files kept as last read: a step shows a line of the file the last stop showed. */
    public static final Setting<Integer> CACHED_SOURCE_FILES = Setting.positive("cached-source-files", 4);

    /** Directories on the source path ({@code .srcpath}), at most: every stop looks in each of them. */
    public static final Setting<Integer> SOURCE_PATH_DIRS = Setting.positive("source-path-dirs", 64);

    /** Map buckets and nodes read for {@code lm}'s code sources, so a corrupt or hostile map cannot keep us reading. */
    public static final Setting<Integer> CODE_SOURCE_NODES = Setting.positive("code-source-nodes", 10_000);

    private SymbolSettings() {
    }
}
