package io.dbgshell.session;

import io.dbgshell.security.tls.TlsContexts;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.testing.RawLink;
import io.dbgshell.security.cert.CertRef;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.security.tls.TlsProto;
import io.dbgshell.transport.tls.SslFixture;
import io.dbgshell.transport.tls.TlsUnwrapProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.file.Path;

/**
 * The shared session suite over a TLS transport. The host's and the clients' certificate stores
 * differ, as on two machines (the clients pin the imported copy). The raw-link tests run over real
 * TLS too: {@link TlsUnwrapProxy} turns each plain {@link RawLink} into its own TLS connection, so
 * the bad bytes reach the host's session handlers decrypted, as a misbehaving TLS peer's would.
 */
abstract class AbstractTlsSessionTransportTest extends AbstractSessionTransportTest {
    @TempDir
    static Path dir;
    static SslFixture certs;
    private final EventLoops proxyLoops = new EventLoops(1);
    private TlsUnwrapProxy proxy;

    /** Before the superclass's per-test host start, which needs the stores. */
    @BeforeAll
    static void makeCertificates() throws Exception {
        certs = new SslFixture(dir);
    }

    @AfterEach
    void stopProxy() {
        if (proxy != null) {
            proxy.close();
        }
        proxyLoops.close();
    }

    /** Where the TLS server listens. */
    protected abstract SocketAddress serverAddress(ServerEntry server);

    @Override
    protected final RawLink rawLink(ServerEntry server) throws IOException {
        if (proxy == null) {
            try {
                proxy = new TlsUnwrapProxy(proxyLoops,
                        TlsContexts.forClient(TlsProto.TLS1, new CertRef(CertRef.Store.USER, "pinned-srv"), certs.clientStores),
                        serverAddress(server));
            } catch (Exception e) {
                throw new IOException("cannot start the TLS proxy: " + e.getMessage(), e);
            }
        }
        return RawLink.open(proxy.address());
    }
}
