package io.dbgshell.engine.expr;

import java.util.List;

/**
 * The parsed form of an expression: one record per construct, each with the column (0-based) where
 * it starts, so an evaluation error can name the place. A dotted name such as {@code a.b.c} is kept
 * as field accesses on a {@link Name}; whether {@code a} is a variable, a class or a package is
 * decided against the frame, as javac decides it against scopes.
 */
public sealed interface Node {
    int column();

    /**
     * A literal: its value is an {@link Integer}, {@link Long}, {@link Float}, {@link Double},
     * {@link Character}, {@link Boolean}, {@link String}, or {@code null} for the null literal.
     */
    record Literal(Object value, int column) implements Node {
    }

    /** A simple name: a local, a field of {@code this} or the current class, or a type. */
    record Name(String name, int column) implements Node {
    }

    /** {@code this}. */
    record This(int column) implements Node {
    }

    /** {@code target.name}: a field, an array's {@code length}, or part of a qualified name. */
    record Field(Node target, String name, int column) implements Node {
    }

    /** {@code array[index]}. */
    record Index(Node array, Node index, int column) implements Node {
    }

    /** {@code target.name(args)}, or {@code name(args)} when {@code target} is null. */
    record Call(Node target, String name, List<Node> arguments, int column) implements Node {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    /** {@code new Type(args)}. */
    record New(TypeName type, List<Node> arguments, int column) implements Node {
        public New {
            arguments = List.copyOf(arguments);
        }
    }

    record Unary(UnaryOp op, Node operand, int column) implements Node {
    }

    record Binary(BinaryOp op, Node left, Node right, int column) implements Node {
    }

    /** {@code condition ? whenTrue : whenFalse}. */
    record Conditional(Node condition, Node whenTrue, Node whenFalse, int column) implements Node {
    }

    /** {@code (Type) operand}. */
    record Cast(TypeName type, Node operand, int column) implements Node {
    }

    /** {@code operand instanceof Type}. */
    record InstanceOf(Node operand, TypeName type, int column) implements Node {
    }
}
