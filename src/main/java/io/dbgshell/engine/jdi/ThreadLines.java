package io.dbgshell.engine.jdi;

import com.sun.jdi.AbsentInformationException;
import com.sun.jdi.IncompatibleThreadStateException;
import com.sun.jdi.InternalException;
import com.sun.jdi.LocalVariable;
import com.sun.jdi.Method;
import com.sun.jdi.StackFrame;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.Value;
import io.dbgshell.engine.ThreadView.StackStyle;
import io.dbgshell.engine.jdi.render.ValueText;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.IntStream;

/**
 * How stacks read, WinDbg's layout adapted: {@code 00 Loop.work+0x3 [Loop.java @ 12]} for a frame
 * ({@code k}, {@code kn}), {@code 00 Loop.work(int n = 3)+0x3 [Loop.java @ 12]} with its arguments
 * ({@code kp}). Threads read as {@link io.dbgshell.engine.jdi.symbols.ThreadStates} shows them.
 */
final class ThreadLines {
    static final String STACK_HEADER = " # Call Site";

    private ThreadLines() {
    }

    /** The process id as WinDbg shows it in ids ({@code 7c55}), or {@code ?} when unknown. */
    static String pidText(long pid) {
        return pid < 0 ? "?" : Long.toHexString(pid);
    }

    /** The innermost frame's location followed by a colon, as a stop shows it; empty before any Java code runs. */
    static String location(ThreadReference thread) throws IncompatibleThreadStateException {
        return thread.frameCount() == 0 ? "" : LocationText.of(thread.frame(0).location()) + ":";
    }

    /**
     * The header and up to {@code max} frames, innermost first, and how many were left out. The
     * frames come in one JDWP request; each class's name, each method's name and line table are
     * asked for once and then kept by JDI, so a deep recursion costs little more than its first frame.
     */
    static void stack(ThreadReference thread, StackStyle style, int max, List<String> into)
            throws IncompatibleThreadStateException {
        int count = thread.frameCount();
        if (count == 0) {
            into.add("(no Java frames: the thread has not run Java code yet)");
            return;
        }
        into.add(STACK_HEADER);
        List<StackFrame> frames = thread.frames(0, Math.min(count, max));
        // a recursion passes the same objects down: each is read once per stack, not once per frame
        Map<Value, String> values = new HashMap<>();
        for (int i = 0; i < frames.size(); i++) {
            into.add(style == StackStyle.ARGUMENTS ? withArguments(i, frames.get(i), values) : frame(i, frames.get(i)));
        }
        if (count > max) {
            int left = count - max;
            into.add("(" + left + (left == 1 ? " more frame" : " more frames") + "; a count of " + count + " shows them all)");
        }
    }

    /** One frame as {@code k} and {@code .frame} show it: {@code 02 Loop.work+0x3 [Loop.java @ 12]}. */
    static String frame(int index, StackFrame frame) {
        return String.format("%02x %s", index, LocationText.of(frame.location()));
    }

    /**
     * One frame as {@code kp} shows it: {@code 02 Loop.work(int n = 3)+0x3 [Loop.java @ 12]}.
     *
     * @param values the text of each value already shown in this stack, added to
     */
    private static String withArguments(int index, StackFrame frame, Map<Value, String> values) {
        return String.format("%02x %s", index, LocationText.of(frame.location(), arguments(frame, values)));
    }

    /**
     * {@code (int n = 3, java.lang.String name = "x")}: each argument's declared type, name and
     * value, read as they are now (an argument the method assigned shows its new value). Without
     * {@code -g} the names are {@code arg0}, {@code arg1}, ...: JDI still reads the values from
     * their slots. A native method's arguments have no slots to read (nor has any frame
     * JVMTI calls opaque): only their types are shown.
     * Values are read, never computed: no code runs in the target.
     */
    private static String arguments(StackFrame frame, Map<Value, String> shown) {
        Method method = frame.location().method();
        List<String> types = method.argumentTypeNames();
        StringJoiner list = new StringJoiner(", ", "(", ")");
        List<Value> values = slots(frame, method);
        if (values.size() != types.size()) {
            types.forEach(list::add);
            return list.toString();
        }
        List<String> names = names(method, values.size());
        for (int i = 0; i < values.size(); i++) {
            list.add(types.get(i) + " " + names.get(i) + " = " + shown.computeIfAbsent(values.get(i), ValueText::of));
        }
        return list.toString();
    }

    /** The arguments' values; none for a native method or a frame JVMTI calls opaque, whose slots cannot be read. */
    private static List<Value> slots(StackFrame frame, Method method) {
        if (method.isNative()) {
            return List.of();
        }
        try {
            return frame.getArgumentValues();
        } catch (InternalException e) {
            return List.of();
        }
    }

    private static List<String> names(Method method, int count) {
        try {
            List<LocalVariable> declared = method.arguments();
            if (declared.size() == count) {
                return declared.stream().map(LocalVariable::name).toList();
            }
        } catch (AbsentInformationException e) {
            // compiled without -g: numbered below, as javap and dv do
        }
        return IntStream.range(0, count).mapToObj(i -> "arg" + i).toList();
    }
}
