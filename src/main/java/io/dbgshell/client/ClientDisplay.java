package io.dbgshell.client;

import java.util.List;

/** Where a client shows what the host sends; implemented by the shell's console. */
public interface ClientDisplay {

    /** Text made of whole lines, shown above the prompt without disturbing a half-typed line. */
    void print(String text);

    /** The prompt for the next line. */
    void prompt(String prompt);

    void clearScreen();

    /** The names of the commands the host runs, once joined: a terminal completes them at its prompt. */
    default void commandNames(List<String> names) {
        // only a terminal completes
    }
}
