package io.dbgshell.reliability;

import io.dbgshell.testing.TestTransports;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.Transports;
import io.dbgshell.transport.tls.SslFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The many-clients check over ssl: a hundred real TLS handshakes, then the load; the clients pin the host's certificate. */
class SslManyClientsTest extends AbstractManyClientsTest {
    @TempDir
    static Path dir;
    private static SslFixture certs;

    @BeforeAll
    static void makeCertificates() throws Exception {
        certs = new SslFixture(dir);
    }

    @Override
    protected Transports transports(EventLoops loops) {
        return certs.hostAndClient(loops);
    }

    @Override
    protected String serverTransport() {
        return "ssl:proto=tls1,certuser=srv,port=0";
    }

    @Override
    protected String clientTransport(ServerEntry server) {
        return "ssl:proto=tls1,certuser=pinned-srv,server=127.0.0.1,port=" + TestTransports.port(server.spec());
    }
}
