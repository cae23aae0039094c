package io.dbgshell.engine;

import java.util.List;

/**
 * The target's program as loaded, and the sources beside it: {@code x}, {@code lm}, {@code !locks},
 * {@code .srcpath}, {@code lsa} and {@code ls} (ENGINE.md §5, the inspection issue). Each method
 * returns the lines to show and fails with one line.
 */
public interface ProgramView {

    /** {@code x PATTERN}: loaded classes, or {@code Class!method*} methods with their signatures. */
    List<String> symbols(String pattern) throws EngineException;

    /** {@code lm [PATTERN]}: modules, class loaders and where their classes came from. */
    List<String> modules(String pattern) throws EngineException;

    /** {@code !locks}: monitors, their owners and waiters, deadlocks first. */
    List<String> locks() throws EngineException;

    /** {@code .srcpath [[+]DIRS]}: shows, sets or ({@code +}) extends where sources are looked for. */
    List<String> sourcePath(String arguments) throws EngineException;

    /** {@code lsa LOCATION}: the source lines around a location. */
    List<String> listAround(String location) throws EngineException;

    /** {@code ls}: the next source lines after the last listing. */
    List<String> listMore() throws EngineException;
}
