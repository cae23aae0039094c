package io.dbgshell.cli;

import java.nio.file.Path;

/**
 * Sends diagnostics (slf4j, Netty's included) to the log file, never to the person's screen. Must
 * run before the first logger is created; a property already set (tests, DBGSHELL_JAVA_OPTS) wins.
 */
final class LogSetup {
    private LogSetup() {
    }

    static void toFile(Path logFile) {
        if (System.getProperty("dbgshell.log.file") == null) {
            System.setProperty("dbgshell.log.file", logFile.toString());
        }
    }
}
