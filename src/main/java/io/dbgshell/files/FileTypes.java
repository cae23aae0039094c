package io.dbgshell.files;

/** Names the file type bits of a Unix {@code st_mode}, for messages that say why a file was refused. */
final class FileTypes {
    /** {@code S_IFMT}: the type bits of {@code st_mode}. */
    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int DIRECTORY = 0040000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int REGULAR = 0100000;
    private static final int SOCKET = 0140000;
    private static final int SYMBOLIC_LINK = 0120000;

    private FileTypes() {
    }

    static boolean isRegular(int mode) {
        return (mode & TYPE_MASK) == REGULAR;
    }

    /** {@code a FIFO}, {@code a character device}, ...: what a file that is not regular is. */
    static String describe(int mode) {
        return switch (mode & TYPE_MASK) {
            case FIFO -> "a FIFO";
            case CHARACTER_DEVICE -> "a character device";
            case DIRECTORY -> "a directory";
            case BLOCK_DEVICE -> "a block device";
            case SOCKET -> "a socket";
            case SYMBOLIC_LINK -> "a symbolic link";
            case REGULAR -> "a regular file";
            default -> "a special file";
        };
    }
}
