package io.dbgshell.engine.expr;

import java.util.List;
import java.util.Optional;

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

    /**
     * The first method call or {@code new} in the expression, left to right: a part that would run
     * code in the target wherever it is evaluated (a breakpoint condition refuses them when it is set).
     */
    public Optional<Node> firstCall() {
        return firstCall(root);
    }

    private static Optional<Node> firstCall(Node node) {
        if (node instanceof Node.Call || node instanceof Node.New) {
            return Optional.of(node);
        }
        for (Node part : parts(node)) {
            Optional<Node> call = firstCall(part);
            if (call.isPresent()) {
                return call;
            }
        }
        return Optional.empty();
    }

    /** The operands of a node that is not a call, left to right. */
    private static List<Node> parts(Node node) {
        if (node instanceof Node.Field field) {
            return List.of(field.target());
        } else if (node instanceof Node.Index index) {
            return List.of(index.array(), index.index());
        } else if (node instanceof Node.Unary unary) {
            return List.of(unary.operand());
        } else if (node instanceof Node.Binary binary) {
            return List.of(binary.left(), binary.right());
        } else if (node instanceof Node.Conditional conditional) {
            return List.of(conditional.condition(), conditional.whenTrue(), conditional.whenFalse());
        } else if (node instanceof Node.Cast cast) {
            return List.of(cast.operand());
        } else if (node instanceof Node.InstanceOf test) {
            return List.of(test.operand());
        }
        return List.of(); // a literal, a name, this
    }

    @Override
    public String toString() {
        return text;
    }
}
