package io.dbgshell.command;

/** Properties of a command that the session, scripts and future roles consult. */
public enum CommandTrait {
    /** Changes the session or the host (servers, logs, quitting): not for a future read-only observer. */
    CHANGES_SESSION,
    /** Not allowed inside a script file ({@code .cls}, as in WinDbg). */
    NOT_IN_SCRIPTS,
    /** Allowed only inside a script file ({@code .remote_exit}). */
    ONLY_IN_SCRIPTS
}
