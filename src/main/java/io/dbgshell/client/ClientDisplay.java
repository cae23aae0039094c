package io.dbgshell.client;

/** Where a client shows what the host sends; implemented by the shell's console. */
public interface ClientDisplay {

    /** Text made of whole lines, shown above the prompt without disturbing a half-typed line. */
    void print(String text);

    /** The prompt for the next line. */
    void prompt(String prompt);

    void clearScreen();
}
