package io.dbgshell.security.cert;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Certificate thumbprints: SHA-1 and SHA-256 over the DER encoding, the same bytes
 * {@code openssl x509 -fingerprint} hashes. Printed as colon-separated upper-case hex.
 */
public final class Thumbprints {
    private static final HexFormat PRINTED = HexFormat.ofDelimiter(":").withUpperCase();

    private Thumbprints() {
    }

    public static String sha1(X509Certificate cert) {
        return PRINTED.formatHex(digest("SHA-1", cert));
    }

    public static String sha256(X509Certificate cert) {
        return PRINTED.formatHex(digest("SHA-256", cert));
    }

    /**
     * A thumbprint as a user typed it, reduced to lower-case hex: spaces and colons dropped, case ignored.
     * Works on printed thumbprints too, so both sides of a comparison go through here.
     */
    public static String normalize(String typed) {
        StringBuilder hex = new StringBuilder(typed.length());
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c != ':' && !Character.isWhitespace(c)) {
                hex.append(c);
            }
        }
        return hex.toString().toLowerCase(Locale.ROOT);
    }

    private static byte[] digest(String algorithm, X509Certificate cert) {
        try {
            return MessageDigest.getInstance(algorithm).digest(cert.getEncoded());
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            // Every Java runtime must provide SHA-1 and SHA-256, and a parsed certificate always re-encodes.
            throw new IllegalStateException("cannot hash certificate " + cert.getSubjectX500Principal(), e);
        }
    }
}
