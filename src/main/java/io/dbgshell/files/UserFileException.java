package io.dbgshell.files;

import java.io.IOException;

/**
 * A user-named file that dbgshell will not use: not a regular file, too large, swapped while being
 * opened, or not opened in time. The message is the reason only (e.g. {@code is a FIFO, not a
 * regular file}), for the caller to put after the file's name.
 */
public final class UserFileException extends IOException {
    private static final long serialVersionUID = 1L;

    UserFileException(String reason) {
        super(reason);
    }

    UserFileException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
