package io.dbgshell.logging;

import org.slf4j.event.Level;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where diagnostics go and how much of them, read once from system properties the program sets
 * before its first log call ({@code dbgshell.log.file}, {@code dbgshell.log.level}, and
 * {@code dbgshell.log.level.io.netty} style overrides by logger-name prefix).
 */
record LogConfig(Optional<Path> file, Level level, Level nettyLevel) {
    static final String FILE_PROPERTY = "dbgshell.log.file";
    static final String LEVEL_PROPERTY = "dbgshell.log.level";
    static final String NETTY_LEVEL_PROPERTY = "dbgshell.log.level.io.netty";

    static LogConfig fromSystemProperties() {
        String file = System.getProperty(FILE_PROPERTY);
        return new LogConfig(file == null || file.isBlank() ? Optional.empty() : Optional.of(Path.of(file)),
                level(System.getProperty(LEVEL_PROPERTY), Level.INFO),
                level(System.getProperty(NETTY_LEVEL_PROPERTY), Level.WARN));
    }

    private static Level level(String text, Level fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Level.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    /** The threshold for a logger: Netty's own chatter is held to its own level. */
    Level levelFor(String loggerName) {
        return loggerName.startsWith("io.netty") ? nettyLevel : level;
    }
}
