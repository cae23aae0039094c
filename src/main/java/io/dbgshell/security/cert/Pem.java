package io.dbgshell.security.cert;

import io.dbgshell.files.IoErrors;
import io.dbgshell.security.CertException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Collection;

/** Certificates as PEM text ({@code -----BEGIN CERTIFICATE-----}); this class never reads or writes keys. */
public final class Pem {
    private static final int LINE_LENGTH = 64;
    private static final Base64.Encoder ENCODER =
            Base64.getMimeEncoder(LINE_LENGTH, "\n".getBytes(StandardCharsets.US_ASCII));

    private Pem() {
    }

    public static String encode(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n" + ENCODER.encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode certificate " + certificate.getSubjectX500Principal(), e);
        }
    }

    /** The one certificate in a PEM (or DER) file; none, several or garbage is an error naming the file. */
    public static X509Certificate read(Path file) throws CertException {
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(file)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (IOException e) {
            throw new CertException("Cannot read " + file + ": " + IoErrors.describe(e), e);
        } catch (CertificateException e) {
            throw new CertException(file + " holds no readable certificate", e);
        }
        if (certificates.size() != 1 || !(certificates.iterator().next() instanceof X509Certificate certificate)) {
            throw new CertException(file + " holds " + certificates.size() + " certificates; import exactly one");
        }
        return certificate;
    }
}
