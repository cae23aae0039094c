package io.dbgshell.security.tls;

import io.dbgshell.security.cert.Thumbprints;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.security.auth.x500.X500Principal;
import java.net.Socket;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;

/**
 * A client's trust decision: the server must present exactly one expected certificate (same DER bytes),
 * whoever signed it and whatever host name it carries. Pinning replaces CA and host-name checks, which is
 * why this is an {@link X509ExtendedTrustManager}: the JDK then adds no checks of its own around it.
 */
final class PinnedServerTrustManager extends X509ExtendedTrustManager {
    private final X509Certificate expected;
    private final byte[] expectedEncoded;
    private final String expectedDescription;

    /** {@code description} names the expected certificate for messages, e.g. {@code 'build-box' in the user store}. */
    PinnedServerTrustManager(X509Certificate expected, String description) throws CertificateEncodingException {
        this.expected = expected;
        this.expectedEncoded = expected.getEncoded();
        this.expectedDescription = description;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw clientsNotChecked();
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw clientsNotChecked();
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        throw clientsNotChecked();
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[] {expected};
    }

    private void check(X509Certificate[] chain) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("Server certificate refused: expected SHA-256 " + Thumbprints.sha256(expected)
                    + " (" + expectedDescription + "), got no certificate");
        }
        X509Certificate presented = chain[0];
        if (!Arrays.equals(presented.getEncoded(), expectedEncoded)) {
            throw new CertificateMismatchException(expectedDescription, Thumbprints.sha256(expected),
                    presented.getSubjectX500Principal().getName(X500Principal.RFC2253), Thumbprints.sha256(presented));
        }
    }

    private static CertificateException clientsNotChecked() {
        // This trust manager only ever sits in a client context, which never asks for a client certificate.
        return new CertificateException("client certificates are not accepted");
    }
}
