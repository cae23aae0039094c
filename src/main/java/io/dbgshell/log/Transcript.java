package io.dbgshell.log;

import io.dbgshell.security.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The session transcript: at most one UTF-8 file at a time, on the host's disk, receiving the text
 * the host's console shows. Commands are masked where they are echoed; what is written here goes
 * through the same masker once more, because output may quote a password the screens show as typed
 * (an {@code .echo password=...} telling the others) and a transcript outlives the session. Each
 * write is flushed, so the file is complete up to the last output even if the process is killed. Thread-safe: the session thread writes, commands and start-up open and close
 * it, and a shutdown hook may close it.
 */
public final class Transcript {
    private static final Logger LOG = LoggerFactory.getLogger(Transcript.class);

    private Writer out;
    private String name;

    /**
     * Starts writing to the file {@code name} (relative to the current directory), overwriting it or
     * appending to it. A transcript already open must be closed first.
     *
     * @throws TranscriptException naming the file when it cannot be opened
     * @throws IllegalStateException if a transcript is open (a caller's mistake)
     */
    public synchronized void open(String name, boolean append) throws TranscriptException {
        if (out != null) {
            throw new IllegalStateException("a transcript is already open: " + this.name);
        }
        OpenOption[] options = append
                ? new OpenOption[]{StandardOpenOption.CREATE, StandardOpenOption.APPEND}
                : new OpenOption[]{StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE};
        try {
            out = Files.newBufferedWriter(Path.of(name), StandardCharsets.UTF_8, options);
            this.name = name;
        } catch (InvalidPathException e) {
            throw new TranscriptException("bad log file name '" + name + "'", e);
        } catch (NoSuchFileException e) {
            throw new TranscriptException("cannot open log file '" + name + "': no such directory", e);
        } catch (AccessDeniedException e) {
            throw new TranscriptException("cannot open log file '" + name + "': permission denied", e);
        } catch (IOException e) {
            throw new TranscriptException("cannot open log file '" + name + "': " + e.getMessage(), e);
        }
    }

    /** The name of the open transcript, as it was given to {@link #open}. */
    public synchronized Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** Closes the open transcript, if any, and returns its name. */
    public synchronized Optional<String> close() {
        if (out == null) {
            return Optional.empty();
        }
        String closed = name;
        try {
            out.close();
        } catch (IOException e) {
            LOG.warn("closing log file '{}' failed", closed, e);
        }
        out = null;
        name = null;
        return Optional.of(closed);
    }

    /** Appends {@code text} (whole lines) with passwords masked; a failing file is closed and the failure logged. */
    public synchronized void write(String text) {
        if (out == null) {
            return;
        }
        try {
            out.write(Secrets.mask(text));
            out.flush();
        } catch (IOException e) {
            LOG.error("writing log file '{}' failed; it is closed", name, e);
            close();
        }
    }
}
