package io.dbgshell.engine.jdi.expr;

import com.sun.jdi.ClassType;
import com.sun.jdi.InterfaceType;
import com.sun.jdi.Method;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.Value;
import io.dbgshell.engine.expr.Node;

import java.util.List;
import java.util.Set;

/**
 * Method calls and {@code new}: which method a call means (by name in the right type, then by
 * {@link Overloads}), and how it is run ({@link Invoker}).
 */
final class Calls {
    private Calls() {
    }

    /** {@code object.name(args)}: virtual dispatch, as in Java; a static method through an instance works too. */
    static Value onObject(Evaluation evaluation, ObjectReference object, Node.Call node, List<EvalValue> args)
            throws EvalException {
        ReferenceType type = object.referenceType();
        String what = type.name() + "." + node.name() + "()";
        Method method = Overloads.choose(evaluation, type.methodsByName(node.name()), args, what);
        return method.isStatic() ? runStatic(evaluation, method, args, what) : run(evaluation, object, method, args, what);
    }

    /** {@code Type.name(args)}: a static method. */
    static Value onType(Evaluation evaluation, ReferenceType type, Node.Call node, List<EvalValue> args)
            throws EvalException {
        String what = Types.sourceName(type) + "." + node.name() + "()";
        List<Method> statics = type.methodsByName(node.name()).stream().filter(Method::isStatic).toList();
        if (statics.isEmpty() && !type.methodsByName(node.name()).isEmpty()) {
            throw new EvalException(what + " is an instance method: call it on an object");
        }
        return runStatic(evaluation, Overloads.choose(evaluation, statics, args, what), args, what);
    }

    /**
     * {@code name(args)}: a method of the current class (on {@code this}, or static), else of an
     * enclosing class (on the enclosing instance, or static), as javac finds it.
     */
    static Value unqualified(Evaluation evaluation, Node.Call node, List<EvalValue> args) throws EvalException {
        Scope scope = evaluation.scope();
        ObjectReference instance = evaluation.frame().thisObject();
        for (ReferenceType type : scope.enclosingTypes(scope.currentType())) {
            List<Method> methods = type.methodsByName(node.name());
            if (!methods.isEmpty()) {
                String what = Types.sourceName(type) + "." + node.name() + "()";
                Method method = Overloads.choose(evaluation, methods, args, what);
                if (method.isStatic()) {
                    return runStatic(evaluation, method, args, what);
                }
                if (instance == null) {
                    throw new EvalException("cannot call instance method " + what + " from static method "
                            + evaluation.methodName());
                }
                return run(evaluation, instance, method, args, what);
            }
            instance = instance == null ? null : Scope.outer(instance);
        }
        throw new EvalException("unknown method " + node.name() + "() in " + Types.sourceName(scope.currentType()));
    }

    /** {@code new Type(args)}. */
    static Value construct(Evaluation evaluation, Node.New node) throws EvalException {
        ReferenceType type = evaluation.scope().type(node.type());
        if (!(type instanceof ClassType classType) || classType.isAbstract()) {
            throw new EvalException("cannot instantiate " + node.type() + ": not a concrete class");
        }
        List<EvalValue> args = evaluation.arguments(node.arguments());
        List<Method> constructors = classType.methodsByName("<init>").stream()
                .filter(m -> m.declaringType().equals(classType)).toList();
        String what = "new " + Types.sourceName(type) + "()";
        Method constructor = Overloads.choose(evaluation, constructors, args, what);
        List<Value> values = Overloads.convert(evaluation, constructor, args);
        return evaluation.call(Invoker.onClass(classType, constructor, values), what);
    }

    private static Value run(Evaluation evaluation, ObjectReference object, Method method, List<EvalValue> args,
                             String what) throws EvalException {
        refuseEnding(method, what);
        List<Value> values = Overloads.convert(evaluation, method, args);
        return evaluation.call(Invoker.onObject(object, method, values), what);
    }

    private static Value runStatic(Evaluation evaluation, Method method, List<EvalValue> args, String what)
            throws EvalException {
        refuseEnding(method, what);
        List<Value> values = Overloads.convert(evaluation, method, args);
        ReferenceType declaring = method.declaringType();
        if (declaring instanceof InterfaceType type) {
            return evaluation.call(Invoker.onInterface(type, method, values), what);
        }
        return evaluation.call(Invoker.onClass((ClassType) declaring, method, values), what);
    }

    /** The methods {@link #refuseEnding} refuses, by declaring class and name. */
    private static final Set<String> ENDING = Set.of("java.lang.System.exit", "java.lang.Runtime.exit", "java.lang.Runtime.halt");

    /**
     * {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt}, called with the target's other
     * threads held for the call, left it hung in its halt (its agent waits for the debugger, which
     * waits for the call): refused, naming the command that does end a target. A call that reaches
     * them indirectly is not caught here; the time limit abandons it.
     */
    private static void refuseEnding(Method method, String what) throws EvalException {
        if (ENDING.contains(method.declaringType().name() + "." + method.name())) {
            throw new EvalException("will not call " + what + ": it would end the target while its other threads are held"
                    + " for the call, and hang it (.kill ends the target)");
        }
    }
}
