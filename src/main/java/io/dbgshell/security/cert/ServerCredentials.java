package io.dbgshell.security.cert;

import io.dbgshell.security.CertException;
import io.dbgshell.security.cert.CertRef;

import java.security.PrivateKey;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The certificate and private key a TLS server presents, taken from the store a {@link CertRef} names
 * and checked before anything listens: it must have a private key, be valid now, and allow server
 * authentication.
 */
public record ServerCredentials(StoreEntry entry, PrivateKey privateKey) {
    static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    static final String ANY_EXTENDED_KEY_USAGE = "2.5.29.37.0";
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int KEY_ENCIPHERMENT = 2;

    public static ServerCredentials load(CertStores stores, CertRef ref, Instant now) throws CertException {
        CertStore store = stores.store(ref.store());
        CertStore.Keyed keyed = store.withKey(entries -> CertSelector.select(store, entries, ref.value()));
        StoreEntry entry = keyed.entry();
        String named = "Certificate '" + entry.alias() + "' in the " + store.label();
        if (keyed.privateKey().isEmpty()) {
            throw new CertException(named + " has no private key, so it cannot serve; create one with 'dbgshell cert create'");
        }
        X509Certificate cert = entry.certificate();
        if (now.isAfter(cert.getNotAfter().toInstant())) {
            throw new CertException(named + " expired on " + cert.getNotAfter().toInstant());
        }
        if (now.isBefore(cert.getNotBefore().toInstant())) {
            throw new CertException(named + " is not valid before " + cert.getNotBefore().toInstant());
        }
        Optional<String> refusal = serverAuthRefusal(cert);
        if (refusal.isPresent()) {
            throw new CertException(named + " does not allow server authentication (" + refusal.get() + ")");
        }
        return new ServerCredentials(entry, keyed.privateKey().get());
    }

    /** Why the certificate's usage extensions rule out a TLS server; empty when they allow it. */
    private static Optional<String> serverAuthRefusal(X509Certificate cert) throws CertException {
        List<String> extendedUsage;
        try {
            extendedUsage = cert.getExtendedKeyUsage();
        } catch (CertificateParsingException e) {
            throw new CertException("Certificate " + cert.getSubjectX500Principal() + " has an unreadable extended key usage", e);
        }
        if (extendedUsage != null && !extendedUsage.contains(SERVER_AUTH) && !extendedUsage.contains(ANY_EXTENDED_KEY_USAGE)) {
            return Optional.of("its extended key usage lacks serverAuth");
        }
        boolean[] keyUsage = cert.getKeyUsage();
        if (keyUsage != null && !keyUsage[DIGITAL_SIGNATURE] && !keyUsage[KEY_ENCIPHERMENT]) {
            return Optional.of("its key usage allows neither digitalSignature nor keyEncipherment");
        }
        return Optional.empty();
    }
}
