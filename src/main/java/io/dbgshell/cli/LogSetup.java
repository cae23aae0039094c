package io.dbgshell.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sends diagnostics (slf4j, Netty's included) to the log file, never to the person's screen. Must
 * run before the first logger is created.
 */
final class LogSetup {
    private LogSetup() {
    }

    static void toFile(Path logFile) {
        String target = "System.err";
        try {
            Files.createDirectories(logFile.getParent());
            target = logFile.toString();
        } catch (IOException e) {
            // no writable home: diagnostics are dropped rather than shown (warnings only)
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
        }
        setDefault("org.slf4j.simpleLogger.logFile", target);
        setDefault("org.slf4j.simpleLogger.defaultLogLevel", "info");
        setDefault("org.slf4j.simpleLogger.showDateTime", "true");
        setDefault("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");
        setDefault("org.slf4j.simpleLogger.log.io.netty", "warn");
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
