package io.dbgshell.engine.expr;

/**
 * A Java-subset expression, parsed once: commands keep this value and evaluate it as often as they
 * need (a breakpoint condition at every hit) without parsing again.
 *
 * @param text the expression as given (trimmed of nothing: columns index into it)
 * @param root its syntax tree
 */
public record Expression(String text, Node root) {

    /**
     * Parses {@code text}.
     *
     * @throws SyntaxError naming the column where it stops being Java this language accepts
     */
    public static Expression parse(String text) throws SyntaxError {
        return new Expression(text, new Parser(text).parseWhole());
    }

    @Override
    public String toString() {
        return text;
    }
}
