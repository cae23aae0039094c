package io.dbgshell.files;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files that may hold session text (the log, the command history, transcripts) are readable and
 * writable by their owner only: the text can hold commands, output and names other users must not
 * read. The mode is given at creation, which the umask can only narrow.
 */
public final class PrivateFiles {
    /** {@code rw-------}. */
    public static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    /** {@code rwx------}, for a directory that holds such files. */
    public static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY_DIRECTORY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

    private PrivateFiles() {
    }

    /**
     * Makes {@code file} exist with mode {@code 0600}, tightening an existing regular file that
     * others could read (one made by an older dbgshell); missing parent directories are created
     * {@code 0700}. Does nothing to a file of another type (a link to {@code /dev/null}, say).
     */
    public static void create(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) {
            Files.createDirectories(parent, OWNER_ONLY_DIRECTORY);
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createFile(file, OWNER_ONLY);
                return;
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // another dbgshell of this user made it at the same moment: tighten theirs below
            }
        }
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY.value())) {
            Files.setPosixFilePermissions(file, OWNER_ONLY.value());
        }
    }

    static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // a file nobody waits for any more: nothing useful to do with a failed close
        }
    }
}
