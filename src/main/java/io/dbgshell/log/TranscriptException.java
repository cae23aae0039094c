package io.dbgshell.log;

/** A transcript file that cannot be opened; the message is one user-facing line naming the file, without {@code Error:}. */
public final class TranscriptException extends Exception {
    private static final long serialVersionUID = 1L;

    public TranscriptException(String message, Throwable cause) {
        super(message, cause);
    }
}
