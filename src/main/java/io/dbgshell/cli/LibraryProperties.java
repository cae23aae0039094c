package io.dbgshell.cli;

import io.dbgshell.logging.DbgshellLogServiceProvider;

import java.nio.file.Path;

/**
 * The system properties the libraries read once, at their first use, so set before any of them
 * runs; a property already set (tests, DBGSHELL_JAVA_OPTS) wins.
 */
final class LibraryProperties {
    private LibraryProperties() {
    }

    static void set(Path logFile) {
        // diagnostics (slf4j, Netty's included) go to the log file, never to the person's screen
        setUnlessSet("dbgshell.log.file", logFile.toString());
        // slf4j names its back end from this property instead of a ServiceLoader scan of the jar, which
        // cost a tenth of a plain start; its notice that it did so is an info line, kept off stderr
        setUnlessSet("slf4j.provider", DbgshellLogServiceProvider.class.getName());
        setUnlessSet("slf4j.internal.verbosity", "WARN");
        // Netty's allocator registers JFR event classes (which no CDS archive keeps) when JFR is there
        setUnlessSet("io.netty.jfr.enabled", "false");
    }

    private static void setUnlessSet(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
