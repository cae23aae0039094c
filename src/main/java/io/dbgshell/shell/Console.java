package io.dbgshell.shell;

import io.dbgshell.client.ClientDisplay;

import java.util.Optional;

/**
 * The local person's side of the shell: a line source and a place to show output. The JLine
 * terminal and plain streams (pipes, files) are the two kinds.
 */
public interface Console extends ClientDisplay, AutoCloseable {

    /** Whether a person types at a terminal (echo and line editing happen locally). */
    boolean interactive();

    /**
     * The next line; empty at end of input. A line cancelled with Ctrl-C comes back as an empty
     * string so the caller simply reads again.
     */
    Optional<String> readLine();

    @Override
    void close();
}
