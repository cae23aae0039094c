package io.dbgshell.security.tls;

import io.dbgshell.security.cert.CertStores;
import io.dbgshell.security.cert.CertificateTool;
import io.dbgshell.security.cert.StoreEntry;
import io.dbgshell.security.cert.TestStores;
import io.dbgshell.security.cert.CertRef;
import io.dbgshell.security.tls.TlsProto;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.dbgshell.security.cert.CertRef.Store.USER;
import static org.assertj.core.api.Assertions.assertThat;

/** OpenSSL, an independent implementation, agrees with our thumbprints, certificates and TLS server. */
@EnabledIf("opensslInstalled")
class OpensslInteropTest {
    private static final Path OPENSSL = Path.of("/usr/bin/openssl");

    @TempDir
    Path dir;
    private CertStores stores;
    private StoreEntry created;
    private Path pem;
    private final TlsPeers peers = new TlsPeers();

    static boolean opensslInstalled() {
        return Files.isExecutable(OPENSSL);
    }

    @BeforeEach
    void createAndExport() throws Exception {
        stores = TestStores.in(dir);
        created = TestStores.create(stores, USER, "build-box");
        pem = dir.resolve("build-box.pem");
        CertificateTool.export(stores.store(USER), "build-box", pem);
    }

    @AfterEach
    void stopServer() {
        peers.close();
    }

    @Test
    void fingerprintsMatchOurThumbprints() throws Exception {
        assertThat(openssl("", "x509", "-in", pem.toString(), "-noout", "-fingerprint", "-sha256"))
                .endsWith(" Fingerprint=" + created.sha256() + "\n");
        assertThat(openssl("", "x509", "-in", pem.toString(), "-noout", "-fingerprint", "-sha1"))
                .endsWith(" Fingerprint=" + created.sha1() + "\n");
    }

    @Test
    void theExportedCertificateVerifiesAgainstItselfForServerUse() throws Exception {
        assertThat(openssl("", "verify", "-purpose", "sslserver", "-CAfile", pem.toString(), pem.toString()))
                .isEqualTo(pem + ": OK\n");
    }

    @Test
    void opensslCompletesATls13HandshakeAndVerifiesTheServer() throws Exception {
        int port = peers.serve(TlsContexts.forServer(TlsProto.TLS1, new CertRef(USER, "build-box"), stores), TlsPeers.WAIT);

        String output = openssl("ping\n", "s_client", "-tls1_3", "-connect", "127.0.0.1:" + port, "-CAfile", pem.toString(),
                "-verify_return_error", "-verify_ip", "127.0.0.1", "-brief");

        assertThat(output).contains("Protocol version: TLSv1.3", "Verification: OK");
        assertThat(TlsHandshakeTest.get(peers.serverHandshake())).isEqualTo("TLSv1.3");
    }

    /** Runs openssl with {@code input} on stdin; returns stdout and stderr together. Bounded by {@link TlsPeers#WAIT}. */
    private static String openssl(String input, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(OPENSSL.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        if (!process.waitFor(TlsPeers.WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("openssl " + String.join(" ", args) + " did not finish");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("openssl exit code; output:\n" + output).isZero();
        return output;
    }
}
