package io.dbgshell.security.cert;

import io.dbgshell.security.CertException;
import io.dbgshell.security.cert.CertRef;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;

import static io.dbgshell.security.cert.CertRef.Store.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerCredentialsTest {
    @TempDir
    Path dir;
    private CertStores stores;

    @BeforeEach
    void openStores() {
        stores = TestStores.in(dir);
    }

    private ServerCredentials load(String name) throws CertException {
        return ServerCredentials.load(stores, new CertRef(USER, name), Instant.now());
    }

    @Test
    void aFreshCertificateServesWithItsKey() throws Exception {
        StoreEntry created = TestStores.create(stores, USER, "build-box");

        ServerCredentials credentials = load("build-box");

        assertThat(credentials.entry().sha256()).isEqualTo(created.sha256());
        assertThat(credentials.privateKey().getAlgorithm()).isEqualTo("EC");
        assertThat(credentials.entry().certificate().getExtendedKeyUsage()).containsExactly(ServerCredentials.SERVER_AUTH);
        assertThat(credentials.entry().certificate().getSubjectAlternativeNames()).extracting(name -> (Object) name.get(1))
                .containsExactly((Object) "build-box", "localhost", "127.0.0.1");
    }

    @Test
    void aCertificateWithoutKeyCannotServe() throws CertException {
        stores.store(USER).addTrusted("pinned", TestStores.create(stores, CertRef.Store.MACHINE, "elsewhere").certificate());

        assertThatThrownBy(() -> load("pinned")).isInstanceOf(CertException.class)
                .hasMessage("Certificate 'pinned' in the user store has no private key, so it cannot serve; "
                        + "create one with 'dbgshell cert create'");
    }

    @Test
    void anExpiredCertificateIsRefused() throws CertException {
        TestStores.createValid(stores, "old", TestStores.daysAgo(30), TestStores.daysAgo(1));

        assertThatThrownBy(() -> load("old")).isInstanceOf(CertException.class)
                .hasMessageStartingWith("Certificate 'old' in the user store expired on ");
    }

    @Test
    void aNotYetValidCertificateIsRefused() throws CertException {
        TestStores.createValid(stores, "future", TestStores.daysAgo(-1), TestStores.daysAgo(-30));

        assertThatThrownBy(() -> load("future")).isInstanceOf(CertException.class)
                .hasMessageStartingWith("Certificate 'future' in the user store is not valid before ");
    }

    @Test
    void aClientOnlyCertificateIsRefused() throws Exception {
        KeyPair keys = KeyAlgorithm.EC_P256.generate();
        X509Certificate clientOnly = selfSigned(keys, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth), null);
        stores.store(USER).addWithKey("client", keys.getPrivate(), clientOnly);

        assertThatThrownBy(() -> load("client")).isInstanceOf(CertException.class)
                .hasMessage("Certificate 'client' in the user store does not allow server authentication "
                        + "(its extended key usage lacks serverAuth)");
    }

    @Test
    void aKeyUsageForbiddingSignaturesIsRefused() throws Exception {
        KeyPair keys = KeyAlgorithm.EC_P256.generate();
        X509Certificate signerOnly = selfSigned(keys, null, new KeyUsage(KeyUsage.keyCertSign));
        stores.store(USER).addWithKey("ca", keys.getPrivate(), signerOnly);

        assertThatThrownBy(() -> load("ca")).isInstanceOf(CertException.class)
                .hasMessage("Certificate 'ca' in the user store does not allow server authentication "
                        + "(its key usage allows neither digitalSignature nor keyEncipherment)");
    }

    @Test
    void aCertificateWithoutUsageExtensionsMayServe() throws Exception {
        KeyPair keys = KeyAlgorithm.EC_P256.generate();
        stores.store(USER).addWithKey("plain", keys.getPrivate(), selfSigned(keys, null, null));

        assertThat(load("plain").entry().alias()).isEqualTo("plain");
    }

    /** A certificate made outside {@link SelfSignedCertificates}, with only the usage extensions given. */
    private static X509Certificate selfSigned(KeyPair keys, ExtendedKeyUsage extendedUsage, KeyUsage usage) throws Exception {
        X500Name subject = new X500Name("CN=test");
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, BigInteger.ONE,
                Date.from(TestStores.daysAgo(1)), Date.from(TestStores.daysAgo(-1)), subject, keys.getPublic());
        if (extendedUsage != null) {
            builder.addExtension(Extension.extendedKeyUsage, false, extendedUsage);
        }
        if (usage != null) {
            builder.addExtension(Extension.keyUsage, true, usage);
        }
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
    }
}
