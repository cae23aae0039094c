package io.dbgshell.command;

/** Properties of a command that the session, scripts and roles consult. */
public enum CommandTrait {
    /** Not allowed inside a script file ({@code .cls}, as in WinDbg). */
    NOT_IN_SCRIPTS,
    /** Allowed only inside a script file ({@code .remote_exit}). */
    ONLY_IN_SCRIPTS,
    /**
     * Finishes at once and never waits: no files, no network, no target, nothing that takes a lock
     * someone may hold. A client's line made only of such commands may run on its link's event loop
     * when the session is idle, instead of travelling to the session thread and back.
     */
    NEVER_WAITS,
    /**
     * Needs a stopped target ({@code k}, {@code dv}, {@code p}, {@code g}): while the target runs the
     * session answers {@code Error: the target is running (.break or Ctrl-C stops it)} instead.
     */
    NEEDS_STOPPED_TARGET,
    /**
     * Its argument is a transport string ({@code .server}): wherever the command is shown (echoes,
     * transcripts, history, the log) its password is masked, and a line where a parameter of it
     * follows as a command of its own (a {@code ;} typed for a {@code ,}) is refused before anything runs.
     */
    TAKES_TRANSPORT,
    /**
     * Only reads: a read-only observer may run it ({@code k}, {@code dv}, {@code bl}, {@code .clients}).
     * Every command declares exactly one of {@code LOOKS} and {@code CHANGES}; a test over the
     * registry fails the build otherwise, and the session refuses an observer anything not {@code LOOKS}.
     */
    LOOKS,
    /** Changes the target, the breakpoints or the session (servers, transcripts, scripts): drivers and the host only. */
    CHANGES,
    /**
     * Reads or writes the host's files, or lists, starts or attaches to its processes ({@code $<},
     * {@code .logopen}, {@code .srcpath}, {@code .create}, {@code .attach}, {@code .tlist}): the host's
     * alone unless a server grants it to the drivers who join through it ({@code hostfiles}).
     */
    HOST_RESOURCES,
    /** Only the host's own console may run it ({@code .kick}, {@code .readonly}), whatever a client's role. */
    HOST_ONLY,
    /**
     * Its arguments may hold commands that run later on the host's behalf (a breakpoint's
     * {@code "COMMANDS"}): it hands them to {@link CommandContext#checkStored} before storing them.
     */
    STORES_COMMANDS
}
