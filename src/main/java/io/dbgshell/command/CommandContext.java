package io.dbgshell.command;

import io.dbgshell.server.ServerRegistry;

import java.util.List;

/** What a running command may see and do; the session provides one per command. */
public interface CommandContext {

    /** Prints one line (a line feed is added) to every participant. */
    void println(String line);

    /** True when the command was typed at the host's own console (or came from its start-up commands). */
    boolean fromHost();

    ServerRegistry servers();

    CommandRegistry commands();

    /** One line per participant for {@code .clients}: {@code MACHINE\\user, last active DATE}. */
    List<String> participantListing();

    /** {@code q}: the host ends the session for everyone; a client leaves it. */
    void quit();

    /** {@code qq}: ends the session for everyone, whoever typed it. */
    void endSession();

    /** Clears the screen of the participant who typed the command, and nobody else's. */
    void clearTypistScreen();
}
