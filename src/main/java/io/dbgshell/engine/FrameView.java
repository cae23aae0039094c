package io.dbgshell.engine;

import java.util.List;

/**
 * The selected frame of a stopped target and what can be read through it: {@code .frame}, {@code dv},
 * {@code dx}, {@code ??} and {@code .printf} (ENGINE.md §5, the inspection issue). The selected frame
 * is the current thread's innermost one after every stop and every {@code ~Ns}. Each method returns
 * the lines to show and fails with one line; none may run target code unless {@code mayRunCode}.
 */
public interface FrameView {

    /** {@code .frame N}: selects frame N of the current thread; returns its line as {@code kn} shows it. */
    String selectFrame(int frame) throws EngineException;

    /** {@code .frame}: the selected frame's line. */
    String selectedFrame() throws EngineException;

    /** {@code dv [/t] [PATTERN]}: the selected frame's locals (or, without {@code -g}, its arguments). */
    List<String> locals(String arguments) throws EngineException;

    /**
     * {@code dx [-r N] EXPR[,FIRST[,COUNT]]}: a value, its type and its children.
     *
     * @param mayRunCode false for an observer: an expression that would call a method or assign is refused
     */
    List<String> display(String arguments, boolean mayRunCode) throws EngineException;

    /** {@code ?? EXPR}: one value, WinDbg's C++-evaluator form adapted to Java. */
    List<String> evaluate(String expression, boolean mayRunCode) throws EngineException;

    /** {@code .printf "FORMAT", EXPR, ...}: the formatted text (a logpoint's usual command). */
    List<String> printf(String arguments, boolean mayRunCode) throws EngineException;
}
