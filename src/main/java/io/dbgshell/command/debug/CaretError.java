package io.dbgshell.command.debug;

import io.dbgshell.engine.expr.SyntaxError;

/**
 * An expression typed in a command that does not parse, shown as WinDbg shows it: one line with a
 * caret under the column where it stops being Java, {@code ^ Syntax error in '...'}, in place of
 * {@code Error: ...} (the SPEC's other form of a one-line error). The caret counts from the command's first character: the prompt in front of it
 * differs between participants.
 */
final class CaretError extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param start where the expression starts in the command line, its name included */
    CaretError(SyntaxError error, int start) {
        super(error.caretLine(start));
    }
}
