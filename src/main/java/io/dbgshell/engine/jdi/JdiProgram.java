package io.dbgshell.engine.jdi;

import io.dbgshell.engine.EngineException;
import io.dbgshell.engine.ProgramView;

import java.util.List;

/** The JDI engine's target as loaded, and its sources ({@code x}, {@code lm}, {@code !locks}, {@code .srcpath}, {@code lsa}, {@code ls}). */
final class JdiProgram implements ProgramView {
    private final JdiEngine engine;

    JdiProgram(JdiEngine engine) {
        this.engine = engine;
    }

    private static EngineException notYet() {
        return new EngineException("not built yet");
    }

    @Override
    public List<String> symbols(String pattern) throws EngineException {
        throw notYet();
    }

    @Override
    public List<String> modules(String pattern) throws EngineException {
        throw notYet();
    }

    @Override
    public List<String> locks() throws EngineException {
        throw notYet();
    }

    @Override
    public List<String> sourcePath(String arguments) throws EngineException {
        throw notYet();
    }

    @Override
    public List<String> listAround(String location) throws EngineException {
        throw notYet();
    }

    @Override
    public List<String> listMore() throws EngineException {
        throw notYet();
    }
}
