package io.dbgshell.session;

import io.dbgshell.testing.Wiring;
import io.dbgshell.transport.pipe.NpipeServerTransport;
import io.dbgshell.testing.TestTransports;
import io.dbgshell.client.ClientException;
import io.dbgshell.security.cert.TestStores;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.testing.TestClient;
import io.dbgshell.testing.TestHost;
import io.dbgshell.testing.TextLog;
import io.dbgshell.security.cert.CertRef;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.Transports;
import io.dbgshell.transport.pipe.PipeDirectory;
import io.dbgshell.transport.tls.TlsUnwrapProxy;
import io.netty.channel.Channel;
import org.junit.jupiter.api.Test;

import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import static io.dbgshell.testing.Identities.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shared session behaviour over spipe: TLS over the npipe socket, in a pipe directory of its own,
 * with the host's and the clients' certificate stores apart as in {@link SslSessionTest}. The raw-link
 * tests reach the session through a {@link TlsUnwrapProxy} to the pipe, so their bad bytes arrive
 * decrypted, as a misbehaving TLS peer's would. The shared tests join as made-up users, so their
 * server takes the clients' claims; the last tests check what spipe adds to them.
 */
class SpipeSessionTest extends AbstractTlsSessionTransportTest {
    private static final String PIPE = "spipe-test";

    @Override
    protected Wiring wiring() {
        return Wiring.spipe(certs, new PipeDirectory(pipes()), PIPE);
    }

    /** The host serves from its store; the clients pin the copy imported into theirs. */
    private static Transports transports(EventLoops loops, Function<Channel, Optional<String>> peerUser) {
        return TestTransports.on(loops).spipe(new PipeDirectory(pipes()), peerUser, certs.hostStores, certs.clientStores)
                .build();
    }

    private static Path pipes() {
        return dir.resolve("pipes");
    }

    @Override
    protected SocketAddress serverAddress(ServerEntry server) {
        return UnixDomainSocketAddress.of(pipes().resolve(pipe(server)));
    }

    @Override
    protected String connectionPrefix() {
        return "(spipe " + PIPE;
    }

    private static String pipe(ServerEntry server) {
        return TestTransports.pipe(server.spec());
    }

    @Test
    void theListingNamesProtoCertificateAndExpandedPipe() {
        host.startServer("spipe:proto=tls1,certuser=srv,pipe=list%d,password=s3cret");

        host.type(".servers");

        host.console.log.await("0 - Debugger Server - spipe:Proto=tls1,Certuser=srv,Pipe=list1,Password=*\n");
    }

    @Test
    void aClientRefusesAServerPresentingAnotherCertificateWithBothThumbprints() throws Exception {
        String otherSha256 = TestStores.create(certs.clientStores, CertRef.Store.USER, "other").sha256();
        host.startServer(serverTransport(""));

        assertThatThrownBy(() -> TestClient.join(host.transports,
                "spipe:proto=tls1,certuser=other,pipe=" + PIPE, ALICE).close()).isInstanceOf(ClientException.class)
                .hasMessage("Server certificate refused: expected SHA-256 " + otherSha256
                        + " ('other' in the user store), got SHA-256 " + certs.serverCert.sha256() + " (CN=srv)");
        assertThat(host.console.log.text()).doesNotContain("connected at");
    }

    @Test
    void certificatesAreSelectedByThumbprintOnBothSides() throws Exception {
        host.startServer("spipe:proto=tls1,certuser=" + certs.serverCert.sha256() + ",pipe=thumbs");

        TestClient alice = TestClient.join(host.transports,
                "spipe:proto=tls13,certuser=" + certs.serverCert.sha1().replace(":", "") + ",pipe=thumbs", ALICE);
        try (alice) {
            alice.type(".echo picked by thumbprint");
            alice.log().await("picked by thumbprint\n");
            host.console.log.await("ALICEBOX\\alice (spipe thumbs) connected at ");
        }
    }

    @Test
    void aMissingCertificateStartsNoServerAndLeavesNoSocket() {
        host.type(".server spipe:proto=tls1,certuser=nobody,pipe=never");

        host.console.log.await("Error: cannot start server 'spipe:proto=tls1,certuser=nobody,pipe=never': "
                + "No certificate named 'nobody' (by name, CN or thumbprint) in the user store ");
        assertThat(host.session.servers().list()).isEmpty();
        assertThat(TextLog.count(host.console.log.text(), "Error:")).isEqualTo(1);
        assertThat(pipes().resolve("never")).doesNotExist();
    }

    @Test
    void aClientNamingAnotherMachineIsToldToUseSsl() {
        host.startServer(serverTransport(""));

        assertThatThrownBy(() -> TestClient.join(host.transports,
                "spipe:proto=tls1,certuser=pinned-srv,server=elsewhere,pipe=" + PIPE, ALICE).close())
                .isInstanceOf(ClientException.class)
                .hasMessageContaining("spipe connects on this machine only, but server=elsewhere names another");
    }

    @Test
    void theKernelsUserReplacesTheClaimedOne() throws Exception {
        try (TestHost verified = new TestHost(loops -> transports(loops, NpipeServerTransport::kernelPeerUser),
                TestHost.fastSettings())) {
            verified.startServer("spipe:proto=tls1,certuser=srv,pipe=verified");
            String me = System.getProperty("user.name");
            try (TestClient alice = TestClient.join(verified.transports,
                    "spipe:proto=tls1,certuser=pinned-srv,server=.,pipe=verified", ALICE)) {
                alice.log().await("dbgshell ");
                verified.type(".clients");
                verified.console.log.await("ALICEBOX\\" + me + " (spipe verified)");
            }
        }
    }
}
