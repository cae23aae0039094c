package io.dbgshell.engine.expr;

/** An infix operator, with Java's precedence (higher binds tighter). */
public enum BinaryOp {
    OR("||", 1), AND("&&", 2), BIT_OR("|", 3), XOR("^", 4), BIT_AND("&", 5),
    EQ("==", 6), NE("!=", 6),
    LT("<", 7), GT(">", 7), LE("<=", 7), GE(">=", 7),
    SHL("<<", 8), SHR(">>", 8), USHR(">>>", 8),
    ADD("+", 9), SUB("-", 9),
    MUL("*", 10), DIV("/", 10), REM("%", 10);

    /** The precedence of {@code instanceof}, which shares the relational level. */
    static final int RELATIONAL = 7;

    private final String symbol;
    private final int precedence;

    BinaryOp(String symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    public String symbol() {
        return symbol;
    }

    int precedence() {
        return precedence;
    }

    static BinaryOp bySymbol(String symbol) {
        for (BinaryOp op : values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        return null;
    }
}
