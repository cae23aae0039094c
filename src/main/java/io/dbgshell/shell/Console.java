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
     * string so the caller simply reads again, after the console has run its interrupt action.
     */
    Optional<String> readLine();

    /**
     * What Ctrl-C at the prompt does besides throwing away the half-typed line: break in to a
     * running target. Set before the first read. Only a terminal console has such a key; in pipe
     * mode Ctrl-C is the interrupt signal and stops the program.
     */
    default void onInterrupt(Runnable action) {
        // no prompt to press Ctrl-C at
    }

    @Override
    void close();
}
