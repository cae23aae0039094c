package io.dbgshell.command;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Log file names for {@code .logopen}: the default name, and the {@code /t} form that inserts
 * {@code _<PID>_<YYYY-MM-DD>_<HH-MM-SS-mmm>} before the extension (windbg-notes §2.10), e.g.
 * {@code c:\logs\mylogfile.txt} becomes {@code c:\logs\mylogfile_02BC_2005-02-28_09-05-50-935.txt}.
 * The PID is upper-case hexadecimal, at least four digits; the time is the clock's local time.
 */
public final class LogFileName {
    /** Used when {@code .logopen} is given no file name (WinDbg's is {@code Dbgeng.log}). */
    public static final String DEFAULT_NAME = "dbgshell.log";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss-SSS", Locale.ROOT);

    private final Clock clock;
    private final long pid;

    public LogFileName(Clock clock, long pid) {
        this.clock = clock;
        this.pid = pid;
    }

    /** Names stamped with this process's id and the system clock in the default time zone. */
    public static LogFileName forThisProcess() {
        return new LogFileName(Clock.systemDefaultZone(), ProcessHandle.current().pid());
    }

    /**
     * The name with the stamp inserted before the extension, or appended when there is none. The
     * extension starts at the last dot of the last path element ({@code /} and {@code \} both
     * separate elements); a dot that starts the element, as in {@code .hidden}, is not one.
     */
    public String timestamped(String name) {
        String stamp = String.format(Locale.ROOT, "_%04X_%s", pid, STAMP.format(LocalDateTime.now(clock)));
        int elementStart = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1;
        int dot = name.lastIndexOf('.');
        if (dot <= elementStart) {
            return name + stamp;
        }
        return name.substring(0, dot) + stamp + name.substring(dot);
    }
}
