package io.dbgshell.command;

import java.util.Optional;

/**
 * One command cut out of a command line by {@link CommandLineSplitter}.
 *
 * @param name      the command word: lower-cased for dot commands ({@code .ECHO} gives {@code .echo}),
 *                  the token itself for the script forms ({@code $<}, {@code $><}, {@code $$<},
 *                  {@code $$><}, {@code $$>a<}), and {@link #LINE_COMMENT} or {@link #COMMENT} for comments
 * @param arguments everything after the command word, trimmed (for comments: the comment text)
 * @param text      the whole command as typed, trimmed; what a script echoes before running it
 * @param script    for the script forms, the file and arguments, parsed once here so that a bad one
 *                  refuses the whole line before any of it runs; empty for every other command
 */
public record CommandText(String name, String arguments, String text, Optional<ScriptInvocation> script) {
    /** Name of a {@code *} comment, which runs to the end of the line. */
    public static final String LINE_COMMENT = "*";
    /** Name of a {@code $$} comment, which runs to the next {@code ;}. */
    public static final String COMMENT = "$$";

    /** A command that is not one of the script forms. */
    public CommandText(String name, String arguments, String text) {
        this(name, arguments, text, Optional.empty());
    }

    /** True for both comment kinds: the caller prints nothing for them and runs nothing. */
    public boolean isComment() {
        return name.equals(LINE_COMMENT) || name.equals(COMMENT);
    }
}
