package io.dbgshell.discovery;

import io.dbgshell.files.SharedDirectories;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The machine's directory of running servers, one small file each ({@link ServerRecord}).
 * {@value #VARIABLE} moves it; by default it is {@value #DEFAULT_PATH}. A missing directory is
 * created world-writable with the sticky bit, like {@code /tmp}: every user registers there, and
 * only a file's owner may remove it.
 */
public final class DiscoveryDirectory {
    /** The environment variable that moves the directory. */
    public static final String VARIABLE = "DBGSHELL_DISCOVERY_DIR";
    /** Where the directory is when {@value #VARIABLE} is not set. */
    public static final String DEFAULT_PATH = "/tmp/dbgshell-servers";
    /** {@code rwxrwxrwt}: shared like {@code /tmp}. */
    private static final int SHARED_DIRECTORY_MODE = 01777;

    private final Path directory;

    public DiscoveryDirectory(Path directory) {
        this.directory = directory.toAbsolutePath();
    }

    /** The directory named by {@value #VARIABLE}, or the default. */
    public static DiscoveryDirectory fromEnvironment() {
        String moved = System.getenv(VARIABLE);
        return new DiscoveryDirectory(Path.of(moved == null || moved.isBlank() ? DEFAULT_PATH : moved));
    }

    public Path path() {
        return directory;
    }

    /** Creates the directory when it is missing; refuses one {@link SharedDirectories} does not trust. */
    Path ensureExists() throws IOException {
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createDirectories(directory.getParent());
                Files.createDirectory(directory);
                // Set after creation: the umask would strip the mode given at creation time.
                Files.setAttribute(directory, "unix:mode", SHARED_DIRECTORY_MODE);
            } catch (FileAlreadyExistsException raced) {
                // Another process created it at the same moment: use theirs.
            }
        }
        SharedDirectories.requireTrusted(directory, "the discovery directory", VARIABLE);
        return directory;
    }
}
