package io.dbgshell.command.debug;

import io.dbgshell.engine.expr.SyntaxError;

/**
 * An expression typed in a command that does not parse, shown as WinDbg shows it: one line with a
 * caret under the column where it stops being Java, {@code ^ Syntax error in '...'}, in place of
 * {@code Error: ...} (the SPEC's other form of a one-line error).
 */
final class CaretError extends Exception {
    private static final long serialVersionUID = 1L;

    private final SyntaxError error;
    private final int start;

    /** @param start where the expression starts in the command, its name included */
    CaretError(SyntaxError error, int start) {
        super(error.caretLine(start));
        this.error = error;
        this.start = start;
    }

    /** The caret line under a command typed after {@code prompt}. */
    String line(String prompt) {
        return error.caretLine(prompt.length() + start);
    }
}
