package io.dbgshell.security.cert;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

import javax.security.auth.x500.X500Principal;
import java.security.cert.X509Certificate;
import java.util.Optional;

/** One certificate in a store: its alias, the certificate, and whether the store holds its private key. */
public record StoreEntry(String alias, X509Certificate certificate, boolean hasPrivateKey) {

    /** The subject as RFC 2253 text, e.g. {@code CN=build-box}. */
    public String subject() {
        return certificate.getSubjectX500Principal().getName(X500Principal.RFC2253);
    }

    /** The subject's first common name, if it has one. */
    public Optional<String> commonName() {
        return commonNameOf(certificate);
    }

    public String sha1() {
        return Thumbprints.sha1(certificate);
    }

    public String sha256() {
        return Thumbprints.sha256(certificate);
    }

    static Optional<String> commonNameOf(X509Certificate cert) {
        X500Name subject = X500Name.getInstance(cert.getSubjectX500Principal().getEncoded());
        RDN[] names = subject.getRDNs(BCStyle.CN);
        if (names.length == 0) {
            return Optional.empty();
        }
        return Optional.of(IETFUtils.valueToString(names[0].getFirst().getValue()));
    }
}
