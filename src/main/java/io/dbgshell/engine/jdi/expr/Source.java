package io.dbgshell.engine.jdi.expr;

import io.dbgshell.engine.expr.Node;

/** A node written back as source, short, to name it in a message ({@code 'cart.items' is null}). */
final class Source {
    private Source() {
    }

    static String of(Node node) {
        if (node instanceof Node.Name name) {
            return name.name();
        }
        if (node instanceof Node.This) {
            return "this";
        }
        if (node instanceof Node.Literal literal) {
            return String.valueOf(literal.value());
        }
        if (node instanceof Node.Field field) {
            return of(field.target()) + "." + field.name();
        }
        if (node instanceof Node.Call call) {
            return (call.target() == null ? "" : of(call.target()) + ".") + call.name() + "(...)";
        }
        if (node instanceof Node.Index index) {
            return of(index.array()) + "[...]";
        }
        return "(...)";
    }
}
