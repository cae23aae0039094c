package io.dbgshell.transport.tls;

import io.dbgshell.testing.TestTransports;
import io.dbgshell.testing.TestHost;
import io.dbgshell.testing.TextLog;
import io.dbgshell.testing.FreePorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** OpenSSL's client, an independent TLS implementation, handshakes with the ssl server and receives the banner. */
@EnabledIf("opensslInstalled")
class SslOpensslInteropTest {
    private static final Path OPENSSL = Path.of("/usr/bin/openssl");

    @TempDir
    Path dir;

    static boolean opensslInstalled() {
        return Files.isExecutable(OPENSSL);
    }

    @Test
    void opensslCompletesTls13AndReceivesTheBanner() throws Exception {
        SslFixture certs = new SslFixture(dir);
        int port = FreePorts.one();
        try (TestHost host = new TestHost(loops -> TestTransports.on(loops).tcpAndSsl(certs.hostStores, line -> { }).build(),
                TestHost.fastSettings())) {
            host.startServer("ssl:proto=tls1,certuser=srv,port=" + port);
            Process openssl = new ProcessBuilder(OPENSSL.toString(), "s_client", "-tls1_3", "-connect", "127.0.0.1:" + port,
                    "-CAfile", certs.exportedPem.toString(), "-verify_return_error").redirectErrorStream(true).start();
            TextLog output = new TextLog();
            Thread reader = new Thread(() -> copy(openssl.getInputStream(), output), "openssl-output");
            reader.setDaemon(true);
            reader.start();
            try {
                output.await("Protocol  : TLSv1.3");
                output.await("Verify return code: 0 (ok)");
                output.awaitPattern("dbgshell \\S+ \\(protocol " + io.dbgshell.protocol.ProtocolVersion.CURRENT + "\\)");
            } finally {
                openssl.destroyForcibly();
            }
        }
    }

    private static void copy(InputStream in, TextLog into) {
        byte[] buffer = new byte[4096];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                into.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            // the process was ended
        }
        into.close();
    }
}
