package io.dbgshell.security;

/**
 * A key store, certificate or TLS set-up problem. The message is one line meant for a person and names
 * the store, file or certificate at fault; the cause, if any, is for the log only.
 */
public final class CertException extends Exception {
    public CertException(String message) {
        super(message);
    }

    public CertException(String message, Throwable cause) {
        super(message, cause);
    }
}
