package io.dbgshell.engine;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Running a stopped target (ENGINE.md §2). Each method that resumes returns a stage that completes
 * when the target has stopped again (after the stop was announced) or is gone; the command hands
 * it to {@code CommandContext.continueAfter}.
 */
public interface RunControl {

    /** {@code g}: resume every thread. */
    CompletionStage<TargetState> go() throws EngineException;

    /** {@code g LOCATION}: resume until LOCATION is reached (a breakpoint that fires once). */
    CompletionStage<TargetState> goTo(String location) throws EngineException;

    /** {@code p}, {@code t}, {@code gu}: step the current thread {@code count} times (at least 1). */
    CompletionStage<TargetState> step(StepKind kind, int count) throws EngineException;

    /** The class patterns stepping never stops in ({@code java.*}, {@code *.Generated}). */
    List<String> stepFilter();

    /** Replaces those patterns; each is a class name with at most one {@code *}, at its start or end. */
    void stepFilter(List<String> patterns);
}
