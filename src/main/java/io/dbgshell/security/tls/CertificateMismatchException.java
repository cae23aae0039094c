package io.dbgshell.security.tls;

import java.security.cert.CertificateException;

/**
 * The server presented a certificate other than the one the client's {@code certuser=}/{@code machuser=}
 * names. The message says what was expected and what arrived, both as SHA-256 thumbprints.
 */
public final class CertificateMismatchException extends CertificateException {
    CertificateMismatchException(String expected, String expectedSha256, String presented, String presentedSha256) {
        super("Server certificate refused: expected SHA-256 " + expectedSha256 + " (" + expected + "), got SHA-256 "
                + presentedSha256 + " (" + presented + ")");
    }
}
