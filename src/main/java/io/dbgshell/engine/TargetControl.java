package io.dbgshell.engine;

import java.util.List;

/**
 * Getting a target and letting it go (ENGINE.md §1): one target per session. Every method returns
 * within the engine's own bounded time and fails with one line for the user.
 */
public interface TargetControl {

    /**
     * Starts {@code java ARGS...} under the debugger and returns once it is stopped before
     * {@code main}, with one line naming what was started.
     *
     * @param command {@code java} (this JDK's) or a path to a {@code java} executable, then its arguments
     */
    String create(List<String> command) throws EngineException;

    /** Attaches to a local JVM by process id, waking a dormant ({@code onjcmd=y}) agent; stops it. */
    String attach(long pid) throws EngineException;

    /** Attaches to a JVM whose JDWP agent listens at {@code host:port}; stops it. */
    String attach(String host, int port) throws EngineException;

    /** The local JVMs, one line each: process id and main class or jar ({@code .tlist}). */
    List<String> localJvms();

    /** Lets the target go: its event requests removed, every thread resumed, the JVM running on. */
    String detach() throws EngineException;

    /** Ends the target; its exit is announced like any other. */
    String kill() throws EngineException;
}
