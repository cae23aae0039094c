package io.dbgshell.engine.jdi.expr;

import com.sun.jdi.ArrayReference;
import com.sun.jdi.Field;
import com.sun.jdi.IncompatibleThreadStateException;
import com.sun.jdi.InvocationException;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.PrimitiveValue;
import com.sun.jdi.StackFrame;
import com.sun.jdi.StringReference;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.Value;
import com.sun.jdi.VirtualMachine;
import io.dbgshell.engine.expr.BinaryOp;
import io.dbgshell.engine.expr.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * One evaluation of a parsed expression in one frame: walks the tree with Java's order of
 * evaluation and semantics. The frame is fetched once, and again only after a call into the target
 * (which resumes the thread and so invalidates every frame); nothing is looked up twice.
 */
final class Evaluation {
    private final ThreadReference thread;
    private final int frameIndex;
    private final EvalPolicy policy;
    private final Invoker invoker;
    private final Scope scope = new Scope(this);
    /** Objects made in the target for calls (strings, varargs arrays), kept from collection until the end. */
    private final List<ObjectReference> pinned = new ArrayList<>();
    private StackFrame frame;

    Evaluation(ThreadReference thread, int frameIndex, EvalPolicy policy, Invoker invoker) {
        this.thread = thread;
        this.frameIndex = frameIndex;
        this.policy = policy;
        this.invoker = invoker;
    }

    EvalPolicy policy() {
        return policy;
    }

    Scope scope() {
        return scope;
    }

    VirtualMachine vm() {
        return thread.virtualMachine();
    }

    StackFrame frame() throws EvalException {
        if (frame == null) {
            try {
                frame = thread.frame(frameIndex);
            } catch (IncompatibleThreadStateException e) {
                throw new EvalException("thread " + thread.name() + " is running; stop it first");
            } catch (IndexOutOfBoundsException e) {
                throw new EvalException("thread " + thread.name() + " has no frame " + frameIndex);
            }
        }
        return frame;
    }

    EvalValue evaluate(Node node) throws EvalException {
        if (node instanceof Node.Literal literal) {
            return literal(literal.value());
        }
        if (node instanceof Node.This) {
            ObjectReference self = frame().thisObject();
            if (self == null) {
                throw new EvalException("'this' is not available in static method " + methodName());
            }
            return new EvalValue.Remote(self);
        }
        if (node instanceof Node.Name || node instanceof Node.Field) {
            Scope.Resolved resolved = qualifier(node);
            if (resolved instanceof Scope.Val value) {
                return value.value();
            }
            throw new EvalException(resolved instanceof Scope.Type type
                    ? "'" + Types.sourceName(type.type()) + "' is a type, not a value"
                    : "unknown name '" + ((Scope.Package) resolved).name() + "'");
        }
        if (node instanceof Node.Index index) {
            return element(index);
        }
        if (node instanceof Node.Call call) {
            return new EvalValue.Remote(call(call));
        }
        if (node instanceof Node.New creation) {
            return new EvalValue.Remote(Calls.construct(this, creation));
        }
        if (node instanceof Node.Unary unary) {
            return remote(Arithmetic.unary(vm(), unary.op(), primitive(evaluate(unary.operand()), unary.operand())));
        }
        if (node instanceof Node.Binary binary) {
            return Operators.binary(this, binary);
        }
        if (node instanceof Node.Conditional conditional) {
            return evaluate(condition(conditional.condition())
                    ? conditional.whenTrue() : conditional.whenFalse());
        }
        if (node instanceof Node.Cast cast) {
            return Operators.cast(this, cast);
        }
        return Operators.instanceOf(this, (Node.InstanceOf) node);
    }

    /** A name or dotted name as far as it goes: a value, a type, or a package prefix. */
    private Scope.Resolved qualifier(Node node) throws EvalException {
        if (node instanceof Node.Name name) {
            return scope.resolve(name.name());
        }
        if (node instanceof Node.Field field) {
            Scope.Resolved target = qualifier(field.target());
            if (target instanceof Scope.Val value) {
                return new Scope.Val(field(value.value(), field));
            }
            return scope.member(target, field.name());
        }
        return new Scope.Val(evaluate(node));
    }

    private EvalValue field(EvalValue target, Node.Field node) throws EvalException {
        Value value = target instanceof EvalValue.Remote remote ? remote.value() : mirror(((EvalValue.Text) target).text());
        if (value == null) {
            throw nullPointer("cannot read field '" + node.name() + "'", node.target());
        }
        if (value instanceof ArrayReference array && node.name().equals("length")) {
            return remote(vm().mirrorOf(array.length()));
        }
        if (!(value instanceof ObjectReference object)) {
            throw new EvalException(value.type().name() + " has no field '" + node.name() + "'");
        }
        Field field = object.referenceType().fieldByName(node.name());
        if (field == null) {
            throw new EvalException("no field '" + node.name() + "' in " + object.referenceType().name());
        }
        return remote(object.getValue(field));
    }

    private EvalValue element(Node.Index node) throws EvalException {
        EvalValue target = evaluate(node.array());
        PrimitiveValue index = primitive(evaluate(node.index()), node.index());
        Value value = target instanceof EvalValue.Remote remote ? remote.value() : null;
        if (target instanceof EvalValue.Text || (value != null && !(value instanceof ArrayReference))) {
            throw new EvalException("'" + Source.of(node.array()) + "' is not an array");
        }
        if (value == null) {
            throw nullPointer("cannot load from array", node.array());
        }
        String indexType = index.type().name();
        if (!Types.widens(indexType, "int")) {
            throw new EvalException("an array index must be an int, not " + indexType);
        }
        ArrayReference array = (ArrayReference) value;
        int i = index.intValue();
        if (i < 0 || i >= array.length()) {
            throw new EvalException("java.lang.ArrayIndexOutOfBoundsException: Index " + i
                    + " out of bounds for length " + array.length());
        }
        return remote(array.getValue(i));
    }

    private Value call(Node.Call node) throws EvalException {
        if (node.target() == null) {
            return Calls.unqualified(this, node, arguments(node.arguments()));
        }
        Scope.Resolved target = qualifier(node.target());
        if (target instanceof Scope.Package pkg) {
            throw new EvalException("unknown name '" + pkg.name() + "'");
        }
        List<EvalValue> args = arguments(node.arguments());
        if (target instanceof Scope.Type type) {
            return Calls.onType(this, type.type(), node, args);
        }
        EvalValue value = ((Scope.Val) target).value();
        Value object = value instanceof EvalValue.Text text ? mirror(text.text()) : ((EvalValue.Remote) value).value();
        if (object == null) {
            throw nullPointer("cannot call '" + node.name() + "()'", node.target());
        }
        if (!(object instanceof ObjectReference reference)) {
            throw new EvalException(object.type().name() + " has no methods: cannot call '" + node.name() + "()'");
        }
        return Calls.onObject(this, reference, node, args);
    }

    List<EvalValue> arguments(List<Node> nodes) throws EvalException {
        List<EvalValue> values = new ArrayList<>(nodes.size());
        for (Node node : nodes) {
            values.add(evaluate(node));
        }
        return values;
    }

    boolean condition(Node node) throws EvalException {
        PrimitiveValue value = primitive(evaluate(node), node);
        if (!(value instanceof com.sun.jdi.BooleanValue bool)) {
            throw new EvalException("'" + Source.of(node) + "' is " + value.type().name() + ", not boolean");
        }
        return bool.value();
    }

    /** A value for an operator that needs a primitive: unboxed if boxed. */
    PrimitiveValue primitive(EvalValue value, Node node) throws EvalException {
        Value remote = value instanceof EvalValue.Remote r ? r.value() : null;
        if (remote instanceof PrimitiveValue primitive) {
            return primitive;
        }
        if (remote == null && value instanceof EvalValue.Remote) {
            throw nullPointer("cannot unbox", node);
        }
        PrimitiveValue unboxed = remote instanceof ObjectReference object ? Conversions.unboxed(object) : null;
        if (unboxed == null) {
            String type = remote == null ? "java.lang.String" : remote.type().name();
            throw new EvalException("'" + Source.of(node) + "' is " + type + ", not a number or boolean");
        }
        return unboxed;
    }

    /** Runs a call in the target, an exception it throws becoming one line. */
    Value call(Invoker.Call call, String what) throws EvalException {
        try {
            return callOrThrow(call, what);
        } catch (InvocationException thrown) {
            throw new EvalException(Thrown.describe(this, thrown.exception()) + " (thrown by " + what + ")");
        }
    }

    /** Runs a call in the target; the caller handles an exception it throws. */
    Value callOrThrow(Invoker.Call call, String what) throws EvalException, InvocationException {
        requireInvoke("calling " + what);
        try {
            return invoker.invoke(thread, call, what, policy.timeLimit());
        } finally {
            frame = null;
        }
    }

    void requireInvoke(String why) throws EvalException {
        if (!policy.invoke()) {
            throw new EvalException(why + " would run code in the target, which this evaluation may not do");
        }
    }

    /** A debugger-made string, made in the target for a call and kept from collection until the evaluation ends. */
    StringReference mirror(String text) throws EvalException {
        requireInvoke("passing a string to the target");
        StringReference string = vm().mirrorOf(text);
        string.disableCollection();
        pinned.add(string);
        return string;
    }

    /** Objects this evaluation made may be collected again. */
    void release() {
        for (ObjectReference object : pinned) {
            try {
                object.enableCollection();
            } catch (RuntimeException gone) {
                // collected already or the target is gone: nothing left to release
            }
        }
        pinned.clear();
    }

    void pin(ObjectReference object) {
        pinned.add(object);
    }

    String methodName() throws EvalException {
        com.sun.jdi.Location location = frame().location();
        return location.declaringType().name() + "." + location.method().name();
    }

    EvalException nullPointer(String what, Node isNull) {
        return new EvalException("java.lang.NullPointerException: " + what + " because '" + Source.of(isNull) + "' is null");
    }

    private EvalValue literal(Object value) {
        VirtualMachine vm = vm();
        if (value == null) {
            return EvalValue.NULL;
        }
        if (value instanceof String text) {
            return new EvalValue.Text(text);
        }
        if (value instanceof Integer i) {
            return remote(vm.mirrorOf(i));
        }
        if (value instanceof Long l) {
            return remote(vm.mirrorOf(l));
        }
        if (value instanceof Float f) {
            return remote(vm.mirrorOf(f));
        }
        if (value instanceof Double d) {
            return remote(vm.mirrorOf(d));
        }
        if (value instanceof Character c) {
            return remote(vm.mirrorOf(c));
        }
        return remote(vm.mirrorOf((Boolean) value));
    }

    static EvalValue remote(Value value) {
        return new EvalValue.Remote(value);
    }
}
