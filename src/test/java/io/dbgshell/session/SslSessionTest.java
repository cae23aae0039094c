package io.dbgshell.session;

import io.dbgshell.security.tls.TlsContexts;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.testing.RawLink;
import io.dbgshell.transport.CertRef;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.Protocol;
import io.dbgshell.transport.SslSpec;
import io.dbgshell.transport.TlsProto;
import io.dbgshell.transport.TransportException;
import io.dbgshell.transport.Transports;
import io.dbgshell.transport.tls.SslFixture;
import io.dbgshell.transport.tls.TlsUnwrapProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The shared session behaviour over ssl. The raw-link tests (garbage, oversized and malformed frames,
 * stalled and vanishing peers, silent connections) run over real TLS too: {@link TlsUnwrapProxy} turns
 * each plain {@link RawLink} into its own TLS connection, so the bad bytes reach the host's session
 * handlers decrypted, exactly as a misbehaving TLS peer's would.
 */
class SslSessionTest extends AbstractSessionTransportTest {
    /** A range of its own per test class keeps parallel runs apart; the first free port is taken. */
    private static final String RANGE = "24400:24499";

    @TempDir
    static Path dir;
    private static SslFixture certs;
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

    @Override
    protected Transports transports(EventLoops loops) {
        // The host's and the clients' stores differ, as on two machines; the client side pins the imported copy.
        Transports host = SslFixture.transports(loops, certs.hostStores, line -> { });
        Transports client = SslFixture.transports(loops, certs.clientStores, line -> { });
        try {
            return new Transports().register(Protocol.SSL, host.server(Protocol.SSL), client.client(Protocol.SSL));
        } catch (TransportException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    protected String serverTransport(String extra) {
        return "ssl:proto=tls1,certuser=srv,port=" + RANGE + extra;
    }

    @Override
    protected String clientTransport(ServerEntry server, String extra) {
        return "ssl:proto=tls1,certuser=pinned-srv,server=127.0.0.1,port=" + port(server) + extra;
    }

    @Override
    protected RawLink rawLink(ServerEntry server) throws IOException {
        if (proxy == null) {
            try {
                proxy = new TlsUnwrapProxy(proxyLoops,
                        TlsContexts.forClient(TlsProto.TLS1, new CertRef(CertRef.Store.USER, "pinned-srv"), certs.clientStores),
                        port(server));
            } catch (Exception e) {
                throw new IOException("cannot start the TLS proxy: " + e.getMessage(), e);
            }
        }
        return RawLink.open(proxy.address());
    }

    @Override
    protected String connectionPrefix() {
        return "(ssl 127.0.0.1:";
    }

    private static int port(ServerEntry server) {
        return ((SslSpec) server.spec()).port().low();
    }
}
