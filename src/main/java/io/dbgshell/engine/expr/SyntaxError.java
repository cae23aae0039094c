package io.dbgshell.engine.expr;

/**
 * An expression that does not parse, with the column (0-based, into the expression's text) where
 * parsing stopped, so a command can put WinDbg's caret under it:
 * <pre>
 *        ^ Syntax error in 'a +* b'
 * </pre>
 * The message is one line; {@link #reason()} says what was wrong at that column.
 */
public final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;

    private final String text;
    private final int column;
    private final String reason;

    SyntaxError(String text, int column, String reason) {
        super("Syntax error in '" + text + "' at column " + (column + 1) + ": " + reason);
        this.text = text;
        this.column = column;
        this.reason = reason;
    }

    /** The expression as it was given. */
    public String text() {
        return text;
    }

    /** Where parsing stopped, 0-based into {@link #text()}; {@code text().length()} at its end. */
    public int column() {
        return column;
    }

    /** What was wrong there, e.g. {@code assignment is not supported}. */
    public String reason() {
        return reason;
    }

    /**
     * WinDbg's two-part report: a caret under the column, {@code indent} characters in (where the
     * expression starts on the line the user typed), then {@code Syntax error in '...'}.
     */
    public String caretLine(int indent) {
        return " ".repeat(Math.max(0, indent + column)) + "^ Syntax error in '" + text + "': " + reason;
    }
}
