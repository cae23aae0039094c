package io.dbgshell.engine.expr;

/**
 * One lexical token.
 *
 * @param kind   what it is
 * @param text   its characters as written (for an operator, the operator)
 * @param value  a literal's value (see {@link Node.Literal}); null otherwise
 * @param column where it starts, 0-based
 */
record Token(Kind kind, String text, Object value, int column) {
    enum Kind { IDENTIFIER, LITERAL, OPERATOR, END }

    boolean is(String operatorOrWord) {
        return (kind == Kind.OPERATOR || kind == Kind.IDENTIFIER) && text.equals(operatorOrWord);
    }
}
