package io.dbgshell.files;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;

/**
 * Finds, creates and checks a machine-wide directory every user shares (the pipe and discovery
 * directories): an environment variable moves it, and a missing one is created world-writable with
 * the sticky bit, like {@code /tmp}, so every user may create files there and only a file's owner
 * may remove it. Before it is trusted it is checked. Whoever owns such a directory may remove and replace anything in it, sticky bit
 * or not, so it must belong to root or to the user running dbgshell; and a directory others may
 * write to must have the sticky bit, or any user could remove another's socket and put their own
 * in its place. A symbolic link is refused too: its target is chosen by whoever made the link.
 */
public final class SharedDirectories {
    /** Where Linux shows this process's effective user as the owner. */
    private static final Path PROCESS_SELF = Path.of("/proc/self");
    private static final int ROOT = 0;
    private static final int STICKY = 01000;
    private static final int WRITABLE_BY_GROUP_OR_OTHERS = 0022;
    private static final int PERMISSION_BITS = 07777;
    /** {@code rwxrwxrwt}: shared like {@code /tmp}. */
    private static final int SHARED_MODE = 01777;

    private SharedDirectories() {
    }

    /** The directory {@code variable} names, or {@code defaultPath} when it is unset or blank. */
    public static Path fromEnvironment(String variable, String defaultPath) {
        String moved = System.getenv(variable);
        return Path.of(moved == null || moved.isBlank() ? defaultPath : moved).toAbsolutePath();
    }

    /**
     * Creates {@code directory} when it is missing, shared like {@code /tmp}, then checks it as
     * {@link #requireTrusted} does.
     *
     * @throws UserFileException when it cannot be created, or may not be trusted
     * @throws IOException       when it cannot be inspected
     */
    public static void ensureTrusted(Path directory, String what, String variable) throws IOException {
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createDirectories(directory.getParent());
                Files.createDirectory(directory);
                // Set after creation: the umask would strip the mode given at creation time.
                Files.setAttribute(directory, "unix:mode", SHARED_MODE);
            } catch (FileAlreadyExistsException raced) {
                // Another process created it at the same moment: use theirs.
            } catch (IOException | UnsupportedOperationException e) {
                throw new UserFileException("cannot create " + what + " " + directory + ": " + e.getMessage(), e);
            }
        }
        requireTrusted(directory, what, variable);
    }

    /**
     * Returns normally when {@code directory} may be trusted; {@code what} names it in the message
     * (e.g. {@code the pipe directory}).
     *
     * @throws UserFileException saying what is wrong with it and what to do
     * @throws IOException       when it cannot be inspected (missing, permission denied)
     */
    public static void requireTrusted(Path directory, String what, String variable) throws IOException {
        Map<String, Object> attributes = Files.readAttributes(directory, "unix:mode,uid", LinkOption.NOFOLLOW_LINKS);
        int mode = (Integer) attributes.get("mode");
        int owner = (Integer) attributes.get("uid");
        String advice = " (remove it, or move it with " + variable + ")";
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            throw new UserFileException(what + " " + directory + " is " + FileTypes.describe(mode)
                    + ", not a directory" + advice);
        }
        if (owner != ROOT && owner != currentUser()) {
            throw new UserFileException(what + " " + directory + " belongs to another user (uid " + owner
                    + "), who could replace anything in it" + advice);
        }
        if ((mode & WRITABLE_BY_GROUP_OR_OTHERS) != 0 && (mode & STICKY) == 0) {
            throw new UserFileException(what + " " + directory + " may be written by others without the sticky bit"
                    + " (mode " + String.format("%04o", mode & PERMISSION_BITS) + "), so anyone could replace"
                    + " what is in it" + advice);
        }
    }

    /** The user id this process runs as. */
    public static int currentUser() throws IOException {
        return (Integer) Files.getAttribute(PROCESS_SELF, "unix:uid");
    }
}
