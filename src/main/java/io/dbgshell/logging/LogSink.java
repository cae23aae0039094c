package io.dbgshell.logging;

import io.dbgshell.config.Tunables;
import io.dbgshell.files.PrivateFiles;

import java.io.FilterOutputStream;
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
 * logs nothing never touches it. Once the file passes its size bound it is kept as a backup and a
 * new one begun, at start-up or while running, so that nothing that reaches the log can fill the disk.
 */
final class LogSink {
    private final Optional<Path> file;
    private final long rotateBytes;
    private PrintStream out;
    /** Bytes in the file as this process knows it: its size when opened plus what was written since. */
    private long written;

    /** @param tunables the size past which the file is rotated ({@link LogSettings#ROTATE_BYTES}) */
    LogSink(Optional<Path> file, Tunables tunables) {
        this.file = file;
        this.rotateBytes = tunables.get(LogSettings.ROTATE_BYTES);
    }

    synchronized void write(String level, String logger, String message, Throwable failure) {
        if (out != null && written > rotateBytes) {
            // another process sharing the file may have rotated it already: open() looks at the file itself
            out.close();
            out = null;
        }
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
            out = file.map(this::open).orElse(System.err);
        }
        return out;
    }

    private PrintStream open(Path path) {
        try {
            if (Files.exists(path) && Files.size(path) > rotateBytes) {
                Files.move(path, path.resolveSibling(path.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            PrivateFiles.create(path); // 0600: log lines hold names, addresses and commands
            OutputStream file = Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            written = Files.size(path);
            return new PrintStream(new CountingStream(file), false, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // the log is for diagnostics only: a log that cannot be written must not stop the program
            written = 0;
            return new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        }
    }

    /** Counts the bytes that reach the file, so the size bound is checked without asking the file system per line. */
    private final class CountingStream extends FilterOutputStream {
        CountingStream(OutputStream file) {
            super(file);
        }

        @Override
        public void write(int b) throws IOException {
            super.out.write(b);
            written++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            super.out.write(bytes, offset, length);
            written += length;
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
