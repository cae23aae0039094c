package io.dbgshell.log;

import io.dbgshell.files.IoErrors;
import io.dbgshell.files.UserFileException;
import io.dbgshell.files.UserFiles;
import io.dbgshell.security.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The session transcript: at most one UTF-8 file at a time, on the host's disk, receiving the text
 * the host's console shows. Commands are masked where they are echoed; what is written here goes
 * through the same masker once more, because output may quote a password the screens show as typed
 * (an {@code .echo password=...} telling the others) and a transcript outlives the session. Each
 * write is flushed, so the file is complete up to the last output even if the process is killed. Thread-safe: the session thread writes, commands and start-up open and close
 * it, and a shutdown hook may close it.
 *
 * <p>The file is opened as {@link UserFiles} opens user-named files: only a regular file, never
 * waiting long on the open, and a new file is created {@code 0600}. A transcript that stops because
 * a write failed (a full disk) says so through the listener given at construction, so that everyone
 * learns their session is no longer being recorded.
 */
public final class Transcript {
    private static final Logger LOG = LoggerFactory.getLogger(Transcript.class);

    private final UserFiles files;
    private final Consumer<String> stopped;
    private Writer out;
    private String name;

    /**
     * @param files   opens the file (tests shrink its timeout)
     * @param stopped told one {@code Error:} line when a failed write stops the transcript; called
     *                while this transcript's lock is held, so it must only hand the line on
     */
    public Transcript(UserFiles files, Consumer<String> stopped) {
        this.files = files;
        this.stopped = stopped;
    }

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
        try {
            out = new BufferedWriter(new OutputStreamWriter(
                    Channels.newOutputStream(files.openForWriting(Path.of(name), append)), StandardCharsets.UTF_8));
            this.name = name;
        } catch (InvalidPathException e) {
            throw new TranscriptException("bad log file name '" + name + "'", e);
        } catch (NoSuchFileException e) {
            throw new TranscriptException("cannot open log file '" + name + "': no such directory", e);
        } catch (UserFileException e) {
            throw new TranscriptException("cannot open log file '" + name + "': it " + e.getMessage(), e);
        } catch (IOException e) {
            throw new TranscriptException("cannot open log file '" + name + "': " + IoErrors.describe(e), e);
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

    /** Appends {@code text} (whole lines) with passwords masked; a failing file is closed, logged and reported. */
    public synchronized void write(String text) {
        if (out == null) {
            return;
        }
        try {
            out.write(Secrets.mask(text));
            out.flush();
        } catch (IOException e) {
            LOG.error("writing log file '{}' failed; it is closed", name, e);
            String failed = name;
            close();
            stopped.accept("Error: log file '" + failed + "' stopped: a write failed (" + e.getMessage()
                    + "); the session is no longer recorded");
        }
    }
}
