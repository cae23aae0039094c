package io.dbgshell.client;

/** Where a client shows what the host sends; implemented by the shell's console. */
public interface ClientDisplay {

    /** Text made of whole lines, shown above the prompt. */
    void print(String text);

    void prompt(String prompt);

    void clearScreen();
}
