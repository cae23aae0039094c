package io.dbgshell.transport.pipe;

import io.dbgshell.files.SharedDirectories;
import io.dbgshell.files.UserFileException;
import io.dbgshell.transport.TransportException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The one directory per machine where every pipe name becomes a Unix-domain socket file, so that
 * names form a single namespace for all users. {@value #VARIABLE} moves it; by default it is
 * {@value #DEFAULT_PATH}. Anyone may create a socket there, so it is shared like {@code /tmp}
 * ({@link SharedDirectories}).
 */
public final class PipeDirectory {
    /** The environment variable that moves the directory. */
    public static final String VARIABLE = "DBGSHELL_PIPE_DIR";
    /** Where the directory is when {@value #VARIABLE} is not set. */
    public static final String DEFAULT_PATH = "/tmp/dbgshell-pipes";
    /**
     * Longest socket path that binds: Linux's {@code sun_path} holds 108 bytes, and the JDK refuses
     * paths of 107 bytes and more ("Unix domain path too long"), as measured on JDK 17.
     */
    public static final int MAX_PATH_BYTES = 106;

    private final Path directory;

    public PipeDirectory(Path directory) {
        this.directory = directory.toAbsolutePath();
    }

    /** The directory named by {@value #VARIABLE}, or the default. */
    public static PipeDirectory fromEnvironment() {
        return new PipeDirectory(SharedDirectories.fromEnvironment(VARIABLE, DEFAULT_PATH));
    }

    public Path path() {
        return directory;
    }

    /**
     * The socket file of {@code pipe}.
     *
     * @throws TransportException when the path is longer than the operating system allows
     */
    public Path socketOf(String pipe) throws TransportException {
        Path socket = directory.resolve(pipe);
        int bytes = socket.toString().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_PATH_BYTES) {
            throw new TransportException("pipe '" + pipe + "': the socket path " + socket + " is " + bytes
                    + " bytes, over the limit of " + MAX_PATH_BYTES + " bytes for Unix-domain sockets"
                    + " (use a shorter name, or move the directory with " + VARIABLE + ")");
        }
        return socket;
    }

    /**
     * Creates the directory (sticky, world-writable) when it does not exist yet, and refuses one
     * that {@link SharedDirectories} does not trust (another user's, or writable without the
     * sticky bit): its owner could replace our socket with theirs.
     */
    void ensureExists() throws TransportException {
        try {
            SharedDirectories.ensureTrusted(directory, "the pipe directory", VARIABLE);
        } catch (UserFileException e) {
            throw new TransportException(e.getMessage(), e);
        } catch (IOException e) {
            throw new TransportException("cannot inspect the pipe directory " + directory + ": " + e.getMessage(), e);
        }
    }
}
