package io.dbgshell.command;

import io.dbgshell.log.Transcript;
import io.dbgshell.server.ServerRegistry;

import java.util.List;
import java.util.concurrent.CompletionStage;

/** What a running command may see and do; the session provides one per command. */
public interface CommandContext {

    /** Prints one line (a line feed is added) to every participant. */
    void println(String line);

    /** True when the command was typed at the host's own console (or came from its start-up commands). */
    boolean fromHost();

    ServerRegistry servers();

    CommandRegistry commands();

    /** One line per participant for {@code .clients}: {@code N ROLE MACHINE\\user, last active DATE}. */
    List<String> participantListing();

    /** {@code .kick N}: client N leaves the session at once; it is told, and so is everyone else. */
    void kick(int number) throws CommandException;

    /**
     * {@code .readonly N on|off}: client N becomes an observer or a driver from its next line; it is
     * told. Returns how {@code .clients} now lists it.
     */
    String observe(int number, boolean observer) throws CommandException;

    /**
     * Refuses {@code commands} (a {@code ;}-separated line the running command stores to run later on
     * the host's behalf: a breakpoint's) unless the typist may run each of them itself.
     */
    void checkStored(String commands) throws CommandException;

    /** {@code q}: the host ends the session for everyone; a client leaves it. */
    void quit();

    /** {@code qq}: ends the session for everyone, whoever typed it. */
    void endSession();

    /** Clears the screen of the participant who typed the command, and nobody else's. */
    void clearTypistScreen();

    /** The session's transcript on the host's disk ({@code .logopen} and friends). */
    Transcript transcript();

    /**
     * Runs a script file on the host as soon as the running command returns, before the rest of its
     * line, with its form's echo rules; problems (an unreadable file, too deep a nesting) are shown
     * to everyone, not thrown.
     */
    void runScript(ScriptInvocation invocation);

    /** Runs {@code commands} (a {@code ;}-separated line) now, inside the running script, as its own lines run. */
    void runInScript(String commands);

    /**
     * The command is not over when {@code execute} returns ({@code g}, {@code p}: the target runs):
     * the rest of its line, and of the script it is in, runs once {@code done} completes, while
     * joins, notices, events and other participants' commands go on meanwhile. At most once per command.
     *
     * <p>An engine completes {@code done} only after it has told its listener about the stop
     * (output, state, a breakpoint's commands). If the target is running again by the time the
     * session takes the completion (a logpoint's {@code g}, someone else's), the rest waits for that
     * run to stop too. A failed {@code done} is shown as {@code Error: message} (an
     * {@code EngineException}'s or {@code CommandException}'s), and the rest of the line still runs.
     */
    void continueAfter(CompletionStage<?> done);

    /**
     * False when the typist may not run code in the target (a read-only observer): expressions that
     * would call a method or assign are refused instead.
     */
    default boolean mayRunTargetCode() {
        return true;
    }
}
