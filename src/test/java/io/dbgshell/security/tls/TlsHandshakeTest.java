package io.dbgshell.security.tls;

import io.dbgshell.security.CertException;
import io.dbgshell.security.cert.CertStores;
import io.dbgshell.security.cert.CertificateRequest;
import io.dbgshell.security.cert.CertificateTool;
import io.dbgshell.security.cert.KeyAlgorithm;
import io.dbgshell.security.cert.StoreEntry;
import io.dbgshell.security.cert.TestStores;
import io.dbgshell.security.cert.CertRef;
import io.dbgshell.security.tls.TlsProto;
import io.netty.handler.ssl.SslContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static io.dbgshell.security.cert.CertRef.Store.MACHINE;
import static io.dbgshell.security.cert.CertRef.Store.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TlsHandshakeTest {
    @TempDir
    Path dir;
    private CertStores serverStores;
    private CertStores clientStores;
    private StoreEntry served;
    private TlsPeers peers;

    /** The server creates build-box; the client imports its exported PEM into its own machine store. */
    @BeforeEach
    void createAndPinCertificate() throws CertException {
        serverStores = TestStores.in(dir.resolve("server"));
        clientStores = TestStores.in(dir.resolve("client"));
        served = TestStores.create(serverStores, USER, "build-box");
        Path pem = dir.resolve("build-box.pem");
        CertificateTool.export(serverStores.store(USER), "build-box", pem);
        CertificateTool.importPem(clientStores.store(MACHINE), pem, Optional.empty());
        peers = new TlsPeers();
    }

    @AfterEach
    void stopPeers() {
        peers.close();
    }

    private int serve(TlsProto proto) throws Exception {
        return peers.serve(TlsContexts.forServer(proto, new CertRef(USER, "build-box"), serverStores), TlsPeers.WAIT);
    }

    private SslContext pinnedClient(TlsProto proto, String pin) throws CertException {
        return TlsContexts.forClient(proto, new CertRef(MACHINE, pin), clientStores);
    }

    @Test
    void pinnedClientExchangesBytesWithTheServer() throws Exception {
        int port = serve(TlsProto.TLS1);

        TlsPeers.Exchange exchange = peers.connect(pinnedClient(TlsProto.TLS1, "build-box"), port, "hello over tls\n");

        assertThat(get(exchange.handshake())).isEqualTo("TLSv1.3");
        assertThat(get(exchange.echoed())).isEqualTo("hello over tls\n");
        assertThat(get(peers.serverHandshake())).isEqualTo("TLSv1.3");
    }

    @Test
    void theClientMayPinByThumbprint() throws Exception {
        int port = serve(TlsProto.TLS1);
        String typed = served.sha256().replace(":", " ").toLowerCase();

        TlsPeers.Exchange exchange = peers.connect(pinnedClient(TlsProto.TLS1, typed), port, "x");

        assertThat(get(exchange.echoed())).isEqualTo("x");
    }

    @Test
    void aTls1ServerNegotiatesWhatEachClientPins() throws Exception {
        int port = serve(TlsProto.TLS1);

        assertThat(get(peers.connect(pinnedClient(TlsProto.TLS12, "build-box"), port, "a").handshake())).isEqualTo("TLSv1.2");
        assertThat(get(peers.connect(pinnedClient(TlsProto.TLS13, "build-box"), port, "b").handshake())).isEqualTo("TLSv1.3");
    }

    @Test
    void aTls13ServerRefusesATls12Client() throws Exception {
        int port = serve(TlsProto.TLS13);

        TlsPeers.Exchange exchange = peers.connect(pinnedClient(TlsProto.TLS12, "build-box"), port, "a");

        assertThat(failure(exchange.handshake())).startsWith(TlsFailures.PREFIX);
        assertThat(failure(peers.serverHandshake())).startsWith(TlsFailures.PREFIX);
    }

    @Test
    void anRsaCertificateServesTls12() throws Exception {
        StoreEntry rsa = CertificateTool.create(serverStores.store(USER), CertificateRequest.of("rsa-box",
                KeyAlgorithm.RSA_3072, List.of("localhost"), 1, Instant.now()));
        clientStores.store(USER).addTrusted("rsa-box", rsa.certificate());
        int port = peers.serve(TlsContexts.forServer(TlsProto.TLS12, new CertRef(USER, "rsa-box"), serverStores), TlsPeers.WAIT);

        TlsPeers.Exchange exchange = peers.connect(TlsContexts.forClient(TlsProto.TLS1, new CertRef(USER, rsa.sha1()),
                clientStores), port, "rsa");

        assertThat(get(exchange.handshake())).isEqualTo("TLSv1.2");
        assertThat(get(exchange.echoed())).isEqualTo("rsa");
    }

    @Test
    void aClientPinnedToAnotherCertificateRefusesWithBothThumbprints() throws Exception {
        StoreEntry other = TestStores.create(clientStores, USER, "other-box");
        int port = serve(TlsProto.TLS1);

        TlsPeers.Exchange exchange = peers.connect(TlsContexts.forClient(TlsProto.TLS1, new CertRef(USER, "other-box"),
                clientStores), port, "secret");

        assertThat(failure(exchange.handshake())).isEqualTo("Server certificate refused: expected SHA-256 " + other.sha256()
                + " ('other-box' in the user store), got SHA-256 " + served.sha256() + " (CN=build-box)");
        assertThat(exchange.echoed()).isNotDone();
        assertThat(failure(peers.serverHandshake())).startsWith(TlsFailures.PREFIX);
    }

    @Test
    void aSilentClientFailsTheServerHandshakeAtItsDeadline() throws Exception {
        Duration shrunk = Duration.ofMillis(200);
        int port = peers.serve(TlsContexts.forServer(TlsProto.TLS1, new CertRef(USER, "build-box"), serverStores), shrunk);

        try (Socket silent = new Socket("127.0.0.1", port)) {
            assertThat(failure(peers.serverHandshake())).isEqualTo(TlsFailures.PREFIX + "handshake timed out after 200ms");
            assertThat(silent.getInputStream().read()).isEqualTo(-1);
        }
    }

    @Test
    void noServerContextWithoutAUsableCertificate() throws CertException {
        TestStores.createValid(serverStores, "old", TestStores.daysAgo(30), TestStores.daysAgo(1));

        assertThatThrownBy(() -> TlsContexts.forServer(TlsProto.TLS1, new CertRef(USER, "old"), serverStores))
                .isInstanceOf(CertException.class).hasMessageContaining("'old'").hasMessageContaining("expired on");
        // The client's copy has no private key: it can pin, but it cannot serve.
        assertThatThrownBy(() -> TlsContexts.forServer(TlsProto.TLS1, new CertRef(MACHINE, "build-box"), clientStores))
                .isInstanceOf(CertException.class).hasMessageContaining("has no private key");
        assertThatThrownBy(() -> TlsContexts.forClient(TlsProto.TLS1, new CertRef(USER, "nothing"), clientStores))
                .isInstanceOf(CertException.class).hasMessageStartingWith("No certificate named 'nothing'");
    }

    static String get(CompletableFuture<String> future) throws Exception {
        return future.get(TlsPeers.WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    static String failure(CompletableFuture<String> future) {
        try {
            String protocol = future.get(TlsPeers.WAIT.toMillis(), TimeUnit.MILLISECONDS);
            throw new AssertionError("the handshake succeeded with " + protocol);
        } catch (ExecutionException e) {
            return TlsFailures.describe(e.getCause());
        } catch (Exception e) {
            throw new AssertionError("the handshake did not end", e);
        }
    }
}
