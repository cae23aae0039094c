package io.dbgshell.engine.jdi.render;

import com.sun.jdi.AbsentInformationException;
import com.sun.jdi.InvalidStackFrameException;
import com.sun.jdi.LocalVariable;
import com.sun.jdi.Method;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.StackFrame;
import com.sun.jdi.Value;
import io.dbgshell.config.Tunables;
import io.dbgshell.engine.EngineException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code dv}'s output for a frame, in WinDbg's layout: names right-aligned, then {@code  = } and the
 * value's summary (the text {@code dx} shows after {@code :}); {@code /t} puts each declared type
 * (with its generic arguments) before the name. {@code this} comes first in an instance method. A
 * method compiled without local variable information ({@code javac} without {@code -g}) gets a line
 * saying so, then the arguments JDI can still read, named {@code arg0}, {@code arg1}, ... A native
 * method's frame has no slots at all (JDWP refuses to read them), so it gets only a line saying so.
 */
public final class LocalsRenderer {
    private final Supplier<ValueShapes> newShapes;

    public LocalsRenderer(Tunables tunables) {
        this.newShapes = ValueShapes.perCommand(tunables);
    }

    private record Variable(String name, String type, Value value) {
    }

    /**
     * @throws EngineException no variable matches the name asked for, or the frame is gone (its thread ran)
     */
    public List<String> render(StackFrame frame, DvArguments arguments) throws EngineException {
        List<String> lines = new ArrayList<>();
        List<Variable> variables = new ArrayList<>();
        try {
            Method method = frame.location().method();
            ObjectReference self = frame.thisObject();
            if (self != null) {
                variables.add(new Variable("this", method.declaringType().name(), self));
            }
            if (method.isNative()) {
                lines.add("Local variables are unavailable: " + method.declaringType().name() + "." + method.name()
                        + " is a native method (kp shows its argument types)");
            } else {
                readLocals(frame, method, lines, variables);
            }
        } catch (InvalidStackFrameException e) {
            throw new EngineException("the frame is gone: its thread ran since it was selected");
        }
        List<Variable> shown = variables.stream().filter(v -> arguments.matches(v.name())).toList();
        if (shown.isEmpty() && arguments.pattern().isPresent()) {
            throw new EngineException("dv: no local variable matches '" + arguments.pattern().get() + "'");
        }
        lines.addAll(layout(shown, arguments.types()));
        return lines;
    }

    private static void readLocals(StackFrame frame, Method method, List<String> lines, List<Variable> variables) {
        try {
            List<LocalVariable> locals = frame.visibleVariables();
            Map<LocalVariable, Value> values = frame.getValues(locals);
            for (LocalVariable local : locals) {
                variables.add(new Variable(local.name(), TypeNames.of(local.genericSignature(), local.typeName()),
                        values.get(local)));
            }
        } catch (AbsentInformationException e) {
            lines.add("Local variables are unavailable: " + method.declaringType().name()
                    + " was compiled without them (javac -g); the arguments are:");
            List<Value> values = frame.getArgumentValues();
            List<String> types = method.argumentTypeNames();
            for (int i = 0; i < values.size(); i++) {
                variables.add(new Variable("arg" + i, types.get(i), values.get(i)));
            }
        }
    }

    private List<String> layout(List<Variable> variables, boolean types) {
        ValueShapes shapes = newShapes.get();
        List<String> left = variables.stream().map(v -> types ? v.type() + " " + v.name() : v.name()).toList();
        int width = left.stream().mapToInt(String::length).max().orElse(0);
        List<String> lines = new ArrayList<>(variables.size());
        for (int i = 0; i < variables.size(); i++) {
            String name = left.get(i);
            lines.add(" ".repeat(width - name.length()) + name + " = " + shapes.summary(variables.get(i).value()));
        }
        return lines;
    }
}
