package io.dbgshell.engine.jdi;

import io.dbgshell.engine.EngineException;
import io.dbgshell.engine.FrameView;

import java.util.List;

/** The selected frame of the JDI engine's stopped target ({@code .frame}, {@code dv}, {@code dx}, {@code ??}, {@code .printf}). */
final class JdiFrames implements FrameView {
    private final JdiEngine engine;

    JdiFrames(JdiEngine engine) {
        this.engine = engine;
    }

    private static EngineException notYet() {
        return new EngineException("not built yet");
    }

    @Override
    public String selectFrame(int frame) throws EngineException {
        throw notYet();
    }

    @Override
    public String selectedFrame() throws EngineException {
        throw notYet();
    }

    @Override
    public List<String> locals(String arguments) throws EngineException {
        throw notYet();
    }

    @Override
    public List<String> display(String arguments, boolean mayRunCode) throws EngineException {
        throw notYet();
    }

    @Override
    public List<String> evaluate(String expression, boolean mayRunCode) throws EngineException {
        throw notYet();
    }

    @Override
    public List<String> printf(String arguments, boolean mayRunCode) throws EngineException {
        throw notYet();
    }
}
