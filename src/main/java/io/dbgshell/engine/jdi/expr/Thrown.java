package io.dbgshell.engine.jdi.expr;

import com.sun.jdi.Field;
import com.sun.jdi.Method;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.StringReference;
import com.sun.jdi.Value;

import java.util.List;

/** An exception thrown in the target as one line: its class and message, as {@code Throwable.toString()} shows them. */
final class Thrown {
    private Thrown() {
    }

    static String describe(Evaluation evaluation, ObjectReference exception) {
        String message = null;
        try {
            Field detail = exception.referenceType().fieldByName("detailMessage");
            Value value = detail == null ? null : exception.getValue(detail);
            if (value instanceof StringReference text) {
                message = text.value();
            } else if (evaluation.policy().invoke()) {
                // A NullPointerException's helpful message is computed by getMessage(), not stored.
                List<Method> getMessage = exception.referenceType().methodsByName("getMessage", "()Ljava/lang/String;");
                if (!getMessage.isEmpty()) {
                    Value computed = evaluation.callOrThrow(Invoker.onObject(exception, getMessage.get(0), List.of()),
                            exception.referenceType().name() + ".getMessage()");
                    message = computed instanceof StringReference text ? text.value() : null;
                }
            }
        } catch (Exception unreadable) {
            message = null;
        }
        String type = exception.referenceType().name();
        return message == null ? type : type + ": " + message;
    }
}
