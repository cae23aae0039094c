package io.dbgshell.transport.tls;

import io.dbgshell.testing.TestTransports;
import io.dbgshell.client.ClientException;
import io.dbgshell.security.cert.KeyAlgorithm;
import io.dbgshell.security.cert.TestStores;
import io.dbgshell.protocol.Identity;
import io.dbgshell.testing.TestClient;
import io.dbgshell.testing.TestHost;
import io.dbgshell.testing.TextLog;
import io.dbgshell.security.cert.CertRef;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.Transports;
import io.dbgshell.testing.FreePorts;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sessions over the ssl transport with certificates made, exported and imported through the cert API. */
class SslTransportTest {
    private static final Identity ANA = new Identity("ANABOX", "ana");
    private static final Identity BEN = new Identity("BENBOX", "ben");

    @TempDir
    Path dir;
    private SslFixture certs;
    private TestHost host;
    private final EventLoops clientLoops = new EventLoops(2);
    private Transports clientTransports;
    private final List<TestClient> clients = new ArrayList<>();
    private int port;

    @BeforeEach
    void start() throws Exception {
        certs = new SslFixture(dir);
        host = new TestHost(loops -> TestTransports.on(loops).tcpAndSsl(certs.hostStores, line -> { }).build(),
                TestHost.fastSettings());
        clientTransports = TestTransports.on(clientLoops).tcpAndSsl(certs.clientStores, line -> { }).build();
        port = FreePorts.one();
    }

    @AfterEach
    void stop() {
        clients.forEach(TestClient::close);
        host.close();
        clientLoops.close();
    }

    private TestClient join(String transport, Identity who) throws ClientException {
        TestClient client = TestClient.join(clientTransports, transport, who);
        clients.add(client);
        return client;
    }

    private String client(String proto, String cert) {
        return "ssl:proto=" + proto + ",certuser=" + cert + ",server=127.0.0.1,port=" + port;
    }

    @Test
    void aHostAndTwoClientsShareASessionOverTls() throws Exception {
        host.startServer("ssl:proto=tls1,certuser=srv,port=" + port + ",password=s3cret");
        TestClient ana = join(client("tls1", "pinned-srv") + ",password=s3cret", ANA);
        TestClient ben = join(client("tls1", "pinned-srv") + ",password=s3cret", BEN);
        host.console.log.awaitPattern("BENBOX\\\\ben \\(ssl 127\\.0\\.0\\.1:\\d+\\) connected at ");

        ana.type(".echo over tls");

        ben.log().awaitPattern("^ANABOX\\\\ana \\(ssl 127\\.0\\.0\\.1:\\d+\\) dbg> \\.echo over tls$");
        ben.log().await("over tls\n");
        host.console.log.awaitPattern("^ANABOX\\\\ana \\(ssl 127\\.0\\.0\\.1:\\d+\\) dbg> \\.echo over tls$");
        assertThat(ana.log().await("over tls\n")).startsWith("dbgshell ").contains("(protocol " + io.dbgshell.protocol.ProtocolVersion.CURRENT + ")");
        host.type(".servers");
        host.console.log.await("0 - Debugger Server - ssl:Proto=tls1,Certuser=srv,Port=" + port + ",Password=*\n");
    }

    /** The same certificate, named in every way the docs allow, on the server (own store) and the client (imported). */
    static Stream<Function<SslFixture, String>> names() {
        return Stream.of(
                f -> f.serverCert.sha1(),
                f -> f.serverCert.sha256(),
                f -> f.serverCert.sha1().replace(":", " ").toLowerCase(Locale.ROOT),
                f -> mixedCase(f.serverCert.sha256().replace(":", "")),
                f -> f.serverCert.sha256().replace(":", " : "));
    }

    @ParameterizedTest
    @MethodSource("names")
    void certificatesAreSelectedByNameOrThumbprintOnBothSides(Function<SslFixture, String> name) throws Exception {
        String typed = name.apply(certs);
        host.startServer("ssl:proto=tls1,certuser=" + typed + ",port=" + port);

        TestClient ana = join(client("tls1", typed), ANA);

        ana.type(".echo picked");
        ana.log().await("picked\n");
    }

    @Test
    void aClientRefusesAServerPresentingAnotherCertificate() throws Exception {
        String otherSha256 = TestStores.create(certs.clientStores, CertRef.Store.USER, "other").sha256();
        host.startServer("ssl:proto=tls1,certuser=srv,port=" + port);

        assertThatThrownBy(() -> join(client("tls1", "other"), ANA)).isInstanceOf(ClientException.class)
                .hasMessage("Server certificate refused: expected SHA-256 " + otherSha256
                        + " ('other' in the user store), got SHA-256 " + certs.serverCert.sha256() + " (CN=srv)");
        assertThat(host.console.log.text()).doesNotContain("connected at");
    }

    @Test
    void anExpiredCertificateStartsNoServer() throws Exception {
        TestStores.createValid(certs.hostStores, "old", TestStores.daysAgo(30), TestStores.daysAgo(1));

        host.type(".server ssl:proto=tls1,certuser=old,port=" + port);

        host.console.log.awaitPattern("^Error: cannot start server 'ssl:proto=tls1,certuser=old,port=\\d+': "
                + "Certificate 'old' in the user store expired on .*$");
        assertThat(host.session.servers().list()).isEmpty();
    }

    @Test
    void aCertificateNotForServersStartsNoServer() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=client-only");
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, BigInteger.TEN,
                Date.from(TestStores.daysAgo(1)), Date.from(TestStores.daysAgo(-30)), subject, keys.getPublic())
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
        certs.hostStores.store(CertRef.Store.USER).addWithKey("client-only", keys.getPrivate(), new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder(KeyAlgorithm.EC_P256.signatureAlgorithm())
                        .build(keys.getPrivate()))));

        host.type(".server ssl:proto=tls1,certuser=client-only,port=" + port + ",password=s3cret");

        host.console.log.await("Error: cannot start server 'ssl:proto=tls1,certuser=client-only,port=" + port
                + ",password=*': Certificate 'client-only' in the user store does not allow server authentication "
                + "(its extended key usage lacks serverAuth)\n");
        assertThat(host.session.servers().list()).isEmpty();
        assertThatThrownBy(() -> join(client("tls1", "pinned-srv"), ANA)).isInstanceOf(ClientException.class)
                .hasMessageContaining("cannot connect to 127.0.0.1:" + port);
    }

    @Test
    void tls12AndTls13ClientsBothJoinATls1Server() throws Exception {
        host.startServer("ssl:proto=tls1,certuser=srv,port=" + port);

        join(client("tls12", "pinned-srv"), ANA);
        join(client("tls13", "pinned-srv"), BEN);

        host.console.log.await("ANABOX\\ana (ssl 127.0.0.1:");
        host.console.log.await("BENBOX\\ben (ssl 127.0.0.1:");
    }

    @Test
    void aTls13ClientCannotJoinATls12Server() {
        host.startServer("ssl:proto=tls12,certuser=srv,port=" + port);

        assertThatThrownBy(() -> join(client("tls13", "pinned-srv"), ANA)).isInstanceOf(ClientException.class)
                .hasMessageStartingWith("TLS handshake failed: ");
    }

    @Test
    void aMissingCertificateStartsNoServer() {
        host.type(".server ssl:proto=tls1,certuser=nobody,port=" + port);

        host.console.log.await("Error: cannot start server 'ssl:proto=tls1,certuser=nobody,port=" + port
                + "': No certificate named 'nobody' (by name, CN or thumbprint) in the user store ");
        assertThat(host.session.servers().list()).isEmpty();
        assertThat(TextLog.count(host.console.log.text(), "Error:")).isEqualTo(1);
    }

    private static String mixedCase(String hex) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            out.append(i % 2 == 0 ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        return out.toString();
    }
}
