package io.dbgshell.engine.expr;

/** A prefix operator. */
public enum UnaryOp {
    PLUS("+"), MINUS("-"), NOT("!"), COMPLEMENT("~");

    private final String symbol;

    UnaryOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
