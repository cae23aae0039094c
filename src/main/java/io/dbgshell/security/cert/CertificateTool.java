package io.dbgshell.security.cert;

import io.dbgshell.files.IoErrors;
import io.dbgshell.security.CertException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * The certificate operations behind {@code dbgshell cert}: create a self-signed certificate with its key,
 * export a certificate as PEM, import a PEM certificate (without key), delete an entry.
 */
public final class CertificateTool {
    private CertificateTool() {
    }

    /** Creates the certificate and stores it with its private key under the alias {@code request.name()}. */
    public static StoreEntry create(CertStore store, CertificateRequest request) throws CertException {
        SelfSignedCertificates.Generated generated = SelfSignedCertificates.create(request);
        store.addWithKey(request.name(), generated.privateKey(), generated.certificate());
        return new StoreEntry(request.name(), generated.certificate(), true);
    }

    /** Writes the certificate {@code query} names to {@code out} as PEM; the private key never leaves the store. */
    public static StoreEntry export(CertStore store, String query, Path out) throws CertException {
        StoreEntry entry = CertSelector.select(store, query);
        try {
            Files.writeString(out, Pem.encode(entry.certificate()), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new CertException("Cannot write " + out + ": " + IoErrors.describe(e), e);
        }
        return entry;
    }

    /** Adds the certificate in {@code file} as trusted (no key), under {@code alias} or else its subject CN. */
    public static StoreEntry importPem(CertStore store, Path file, Optional<String> alias) throws CertException {
        X509Certificate certificate = Pem.read(file);
        String name = alias.or(() -> StoreEntry.commonNameOf(certificate)).orElseThrow(() -> new CertException(
                file + " has no subject CN to name it by; give a name with --name"));
        String sha256 = Thumbprints.sha256(certificate);
        for (StoreEntry existing : store.entries()) {
            if (existing.sha256().equals(sha256)) {
                throw new CertException("This certificate is already in the " + store.label() + " as '" + existing.alias() + "'");
            }
        }
        store.addTrusted(name, certificate);
        return new StoreEntry(name, certificate, false);
    }

    /** Removes the entry {@code query} names (by name, CN or thumbprint), with its private key if any. */
    public static StoreEntry delete(CertStore store, String query) throws CertException {
        StoreEntry entry = CertSelector.select(store, query);
        store.delete(entry.alias());
        return entry;
    }
}
