package io.dbgshell.security;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A session password. Its text never appears in {@link #toString()}, listings or logs: it is only
 * handed out as bytes for the password exchange.
 */
public final class Password {
    /** WinDbg allows 12; longer passphrases are a documented extension. */
    public static final int MAX_LENGTH = 64;

    private final byte[] utf8;

    private Password(String text) {
        this.utf8 = text.getBytes(StandardCharsets.UTF_8);
    }

    /** Accepts letters and digits only, 1 to {@link #MAX_LENGTH} characters; null when the text does not qualify. */
    public static Password ofOrNull(String text) {
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean asciiLetterOrDigit = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!asciiLetterOrDigit) {
                return null;
            }
        }
        return new Password(text);
    }

    /** A copy of the password's bytes, for keying the proof. */
    public byte[] bytes() {
        return utf8.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Password p && java.security.MessageDigest.isEqual(utf8, p.utf8);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(utf8);
    }

    @Override
    public String toString() {
        return "*";
    }
}
