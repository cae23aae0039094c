package io.dbgshell.discovery;

import io.dbgshell.files.SharedDirectories;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The machine's directory of running servers, one small file each ({@link ServerRecord}).
 * {@value #VARIABLE} moves it; by default it is {@value #DEFAULT_PATH}. Every user registers
 * there, so it is shared like {@code /tmp} ({@link SharedDirectories}).
 */
public final class DiscoveryDirectory {
    /** The environment variable that moves the directory. */
    public static final String VARIABLE = "DBGSHELL_DISCOVERY_DIR";
    /** Where the directory is when {@value #VARIABLE} is not set. */
    public static final String DEFAULT_PATH = "/tmp/dbgshell-servers";

    private final Path directory;

    public DiscoveryDirectory(Path directory) {
        this.directory = directory.toAbsolutePath();
    }

    /** The directory named by {@value #VARIABLE}, or the default. */
    public static DiscoveryDirectory fromEnvironment() {
        return new DiscoveryDirectory(SharedDirectories.fromEnvironment(VARIABLE, DEFAULT_PATH));
    }

    public Path path() {
        return directory;
    }

    /** Creates the directory when it is missing; refuses one {@link SharedDirectories} does not trust. */
    Path ensureExists() throws IOException {
        SharedDirectories.ensureTrusted(directory, "the discovery directory", VARIABLE);
        return directory;
    }
}
