package io.dbgshell.shell;

import java.util.Optional;

/**
 * The local person's side of the shell: a line source and a place to show output. The JLine
 * terminal and plain streams (pipes, files) are the two kinds.
 */
public interface Console extends AutoCloseable {

    /** Whether a person types at a terminal (echo and line editing happen locally). */
    boolean interactive();

    /** Text made of whole lines, shown above the prompt without disturbing a half-typed line. */
    void print(String text);

    /** The prompt for the next line. */
    void prompt(String prompt);

    void clearScreen();

    /**
     * The next line; empty at end of input. A line cancelled with Ctrl-C comes back as an empty
     * string so the caller simply reads again.
     */
    Optional<String> readLine();

    @Override
    void close();
}
