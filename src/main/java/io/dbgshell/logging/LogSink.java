package io.dbgshell.logging;

import io.dbgshell.files.PrivateFiles;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Writes log lines to the log file, appending (several dbgshell processes of one user share it),
 * or to standard error when there is no file. The file is opened on the first line, so a run that
 * logs nothing never touches it.
 */
final class LogSink {
    private final Optional<Path> file;
    private PrintStream out;

    LogSink(Optional<Path> file) {
        this.file = file;
    }

    synchronized void write(String level, String logger, String message, Throwable failure) {
        PrintStream stream = stream();
        stream.println(timestamp(LocalDateTime.now()) + " " + level + " [" + Thread.currentThread().getName() + "] "
                + logger + " - " + message);
        if (failure != null) {
            failure.printStackTrace(stream);
        }
        stream.flush();
    }

    private PrintStream stream() {
        if (out == null) {
            out = file.map(LogSink::open).orElse(System.err);
        }
        return out;
    }

    private static PrintStream open(Path path) {
        try {
            if (Files.exists(path) && Files.size(path) > LogSettings.ROTATE_BYTES) {
                Files.move(path, path.resolveSibling(path.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            PrivateFiles.create(path); // 0600: log lines hold names, addresses and commands
            OutputStream file = Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return new PrintStream(file, false, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // the log is for diagnostics only: a log that cannot be written must not stop the program
            return new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        }
    }

    /** {@code 2026-11-21 10:15:02.123}, built by hand: formatters would load locale data at start-up. */
    static String timestamp(LocalDateTime time) {
        StringBuilder text = new StringBuilder(23);
        text.append(time.getYear()).append('-');
        pad(text, time.getMonthValue(), 2).append('-');
        pad(text, time.getDayOfMonth(), 2).append(' ');
        pad(text, time.getHour(), 2).append(':');
        pad(text, time.getMinute(), 2).append(':');
        pad(text, time.getSecond(), 2).append('.');
        return pad(text, time.getNano() / 1_000_000, 3).toString();
    }

    private static StringBuilder pad(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        return text.append(digits);
    }
}
