package io.dbgshell.command;

/**
 * One command cut out of a command line by {@link CommandLineSplitter}.
 *
 * @param name      the command word: lower-cased for dot commands ({@code .ECHO} gives {@code .echo}),
 *                  the token itself for the script forms ({@code $<}, {@code $><}, {@code $$<},
 *                  {@code $$><}, {@code $$>a<}), and {@link #LINE_COMMENT} or {@link #COMMENT} for comments
 * @param arguments everything after the command word, trimmed (for comments: the comment text)
 * @param text      the whole command as typed, trimmed; what a script echoes before running it
 */
public record CommandText(String name, String arguments, String text) {
    /** Name of a {@code *} comment, which runs to the end of the line. */
    public static final String LINE_COMMENT = "*";
    /** Name of a {@code $$} comment, which runs to the next {@code ;}. */
    public static final String COMMENT = "$$";

    /** True for both comment kinds: the caller prints nothing for them and runs nothing. */
    public boolean isComment() {
        return name.equals(LINE_COMMENT) || name.equals(COMMENT);
    }
}
