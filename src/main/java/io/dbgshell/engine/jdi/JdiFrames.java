package io.dbgshell.engine.jdi;

import com.sun.jdi.IncompatibleThreadStateException;
import com.sun.jdi.StackFrame;
import com.sun.jdi.Value;
import com.sun.jdi.VirtualMachine;
import io.dbgshell.config.Tunables;
import io.dbgshell.engine.EngineException;
import io.dbgshell.engine.FrameView;
import io.dbgshell.engine.expr.Expression;
import io.dbgshell.engine.jdi.expr.EvalPolicy;
import io.dbgshell.engine.jdi.expr.EvalSettings;
import io.dbgshell.engine.jdi.expr.EvalValue;
import io.dbgshell.engine.jdi.expr.Evaluator;
import io.dbgshell.engine.jdi.expr.EventRequestsPause;
import io.dbgshell.engine.jdi.expr.NotStoppedByEvent;
import io.dbgshell.engine.jdi.expr.Printf;
import io.dbgshell.engine.jdi.expr.RequestsPause;
import io.dbgshell.engine.jdi.expr.ValueFormat;
import io.dbgshell.engine.jdi.render.DvArguments;
import io.dbgshell.engine.jdi.render.DxArguments;
import io.dbgshell.engine.jdi.render.LocalsRenderer;
import io.dbgshell.engine.jdi.render.ValueRenderer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The selected frame of the JDI engine's stopped target ({@code .frame}, {@code dv}, {@code dx}, {@code ??}, {@code .printf}).
 * Arguments are parsed before the engine is asked; every read happens inside
 * {@link JdiEngine#whileStopped}, which fetches the frame afresh each time, so a frame made invalid
 * by a resume is never used. A method call holds the engine's lock for at most its time limit and
 * {@link EvalSettings#CALL_STOP_GRACE}, plus {@link JdiSettings#CALL_STEP_WAIT} when its thread must first be
 * stopped by an event: the event thread waits that long at most (the call pauses every event
 * request, so only the target's end can arrive meanwhile, and the step's event needs no lock).
 */
final class JdiFrames implements FrameView {
    /** Where an expression starts on the typed line: behind the command's name and one space. */
    private static final int DX_INDENT = "dx ".length();
    private static final int EVALUATE_INDENT = "?? ".length();
    private static final int PRINTF_INDENT = ".printf ".length();

    private final JdiEngine engine;
    private final Tunables tunables;
    private final LocalsRenderer locals;
    private final ValueRenderer values;
    private final EvalPolicy mayCall;
    /** The evaluator of {@link #evaluated}: one per target connection (guarded by the engine's lock). */
    private Evaluator evaluator;
    private VirtualMachine evaluated;
    /** Whether a call ran, with the requests paused, during the command in progress (guarded by the engine's lock). */
    private boolean called;
    /** How {@link #evaluator}'s calls pause the target's requests, noting that a call ran (guarded likewise). */
    private RequestsPause pause;

    JdiFrames(JdiEngine engine, Tunables tunables) {
        this.engine = engine;
        this.tunables = tunables;
        this.locals = new LocalsRenderer(tunables);
        this.values = new ValueRenderer(tunables);
        this.mayCall = EvalPolicy.INVOKE.withTimeLimit(tunables.get(EvalSettings.CALL_TIME_LIMIT));
    }

    @Override
    public String selectFrame(int index) throws EngineException {
        return engine.whileStopped(stop -> {
            int count = stop.thread().frameCount();
            if (index < 0 || index >= count) {
                throw new EngineException(".frame: no frame " + String.format("%02x", index) + ": thread "
                        + stop.numbers().applyAsInt(stop.thread()) + " has " + count + " frame" + (count == 1 ? "" : "s")
                        + (count == 0 ? "" : String.format(" (00-%02x)", count - 1)));
            }
            engine.selectFrame(index);
            return ThreadLines.frame(index, stop.thread().frame(index));
        });
    }

    @Override
    public String selectedFrame() throws EngineException {
        return engine.whileStopped(stop -> ThreadLines.frame(stop.frame(), frame(stop)));
    }

    @Override
    public List<String> locals(String arguments) throws EngineException {
        DvArguments dv = DvArguments.parse(arguments);
        return engine.whileStopped(stop -> locals.render(frame(stop), dv));
    }

    @Override
    public List<String> display(String arguments, boolean mayRunCode) throws EngineException {
        DxArguments dx = values.arguments(arguments);
        String depth = Integer.toString(dx.depth());
        int afterOptions = arguments.startsWith("-r") ? arguments.indexOf(depth, 2) + depth.length() : 0;
        int at = Math.max(0, arguments.indexOf(dx.expression(), afterOptions));
        Expression expression = Evaluator.parse(dx.expression(), DX_INDENT + at);
        return evaluating(stop -> {
            EvalValue value = evaluator(stop.vm()).evaluate(expression, stop.thread(), stop.frame(), policy(mayRunCode));
            Value shown = value instanceof EvalValue.Text text ? stop.vm().mirrorOf(text.text())
                    : ((EvalValue.Remote) value).value();
            return values.render(dx, shown, null);
        });
    }

    /** {@code ??}: {@code TYPE VALUE}, WinDbg's {@code int 0n42} in Java's words ({@code int 42}). */
    @Override
    public List<String> evaluate(String text, boolean mayRunCode) throws EngineException {
        if (text.isBlank()) {
            throw new EngineException("?? needs an expression (?? EXPR)");
        }
        Expression expression = Evaluator.parse(text, EVALUATE_INDENT);
        return evaluating(stop -> {
            EvalValue value = evaluator(stop.vm()).evaluate(expression, stop.thread(), stop.frame(), policy(mayRunCode));
            Value raw = value instanceof EvalValue.Remote remote ? remote.value() : null;
            String type = value instanceof EvalValue.Text ? "java.lang.String" : raw == null ? null : raw.type().name();
            String shown = ValueFormat.format(value);
            return List.of(type == null ? shown : type + " " + shown);
        });
    }

    /** The text split at its line breaks; a last line without one is a line too (a prompt follows). */
    @Override
    public List<String> printf(String arguments, boolean mayRunCode) throws EngineException {
        Printf format = Printf.parse(arguments, PRINTF_INDENT);
        return evaluating(stop -> {
            String text = format.format(evaluator(stop.vm()), stop.thread(), stop.frame(), policy(mayRunCode));
            List<String> lines = Arrays.asList(text.split("\n", -1));
            return text.endsWith("\n") || text.isEmpty() ? lines.subList(0, lines.size() - 1) : lines;
        });
    }

    /** The selected frame, fetched now; a thread without Java frames yet says so. */
    private static StackFrame frame(JdiEngine.Stop stop) throws EngineException, IncompatibleThreadStateException {
        if (stop.thread().frameCount() <= stop.frame()) {
            throw new EngineException("thread " + stop.numbers().applyAsInt(stop.thread()) + " has no frame "
                    + String.format("%02x", stop.frame()) + " (it has not run Java code yet, or k shows fewer)");
        }
        return stop.thread().frame(stop.frame());
    }

    /**
     * {@code query}'s lines on the stopped target. A call that finds the thread suspended without an
     * event (after a break-in or {@code ~Ns}) has the engine step it to one, and the whole command
     * runs again in the same frame ({@link NotStoppedByEvent} says why that repeats nothing); if the
     * thread returned from that frame on the way, a first line says where it ran instead. If the
     * command called a method, the breakpoints then resolve in the classes the call loaded (their
     * class prepare events were paused with every other request).
     */
    private List<String> evaluating(JdiEngine.StopQuery<List<String>> query) throws EngineException {
        return engine.whileStopped(stop -> {
            try {
                return query.read(stop);
            } catch (NotStoppedByEvent refused) {
                return engine.stopForCall(refused.what(), pause, index -> {
                    List<String> lines = query.read(stop.atFrame(Math.max(index, 0)));
                    if (index >= 0) {
                        return lines;
                    }
                    List<String> noted = new ArrayList<>();
                    noted.add("(thread " + stop.numbers().applyAsInt(stop.thread()) + " left the selected frame to be"
                            + " stopped by an event for the call; evaluated in " + ThreadLines.frame(0, stop.thread().frame(0)) + ")");
                    noted.addAll(lines);
                    return noted;
                });
            } finally {
                if (called) {
                    called = false;
                    engine.callsRan();
                }
            }
        });
    }

    private Evaluator evaluator(VirtualMachine vm) {
        if (evaluated != vm) {
            RequestsPause requests = new EventRequestsPause(vm.eventRequestManager());
            pause = () -> {
                called = true;
                return requests.pause();
            };
            evaluator = new Evaluator(pause, tunables);
            evaluated = vm;
        }
        return evaluator;
    }

    /** Calls within the default limit for whoever may run target code; reads only for anyone else (an observer). */
    private EvalPolicy policy(boolean mayRunCode) {
        return mayRunCode ? mayCall : EvalPolicy.READ_ONLY;
    }
}
