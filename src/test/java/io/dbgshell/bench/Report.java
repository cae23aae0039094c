package io.dbgshell.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Prints the context every figure is reported with: JDK, cores, load. */
final class Report {
    private Report() {
    }

    static void header(String figure) {
        System.out.printf(Locale.ROOT, "== %s | JDK %s | %d cores | load %s%n", figure, System.getProperty("java.vm.version"),
                Runtime.getRuntime().availableProcessors(), load());
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    static void line(String format, Object... args) {
        System.out.printf(Locale.ROOT, format + "%n", args);
    }
}
