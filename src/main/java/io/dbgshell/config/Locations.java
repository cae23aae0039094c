package io.dbgshell.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where dbgshell keeps its per-user files: {@code $DBGSHELL_HOME}, by default {@code ~/.dbgshell}
 * (the log file, the command history, the user certificate store).
 */
public record Locations(Path home) {

    public static Locations fromEnvironment(Map<String, String> env) {
        String override = env.get("DBGSHELL_HOME");
        Path home = override != null && !override.isBlank()
                ? Path.of(override)
                : Path.of(System.getProperty("user.home"), ".dbgshell");
        return new Locations(home);
    }

    public Path logFile() {
        return home.resolve("dbgshell.log");
    }

    public Path historyFile() {
        return home.resolve("history");
    }
}
