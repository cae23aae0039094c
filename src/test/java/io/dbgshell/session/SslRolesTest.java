package io.dbgshell.session;

import io.dbgshell.server.ServerEntry;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.testing.TestTransports;
import io.dbgshell.transport.Transports;
import io.dbgshell.transport.tls.SslFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Roles over ssl, the host's and the clients' certificate stores apart as on two machines. */
class SslRolesTest extends AbstractRolesTest {
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
    protected String serverTransport(String extra) {
        return "ssl:proto=tls1,certuser=srv,port=0" + extra;
    }

    @Override
    protected String clientTransport(ServerEntry server) {
        return "ssl:proto=tls1,certuser=pinned-srv,server=127.0.0.1,port=" + TestTransports.port(server.spec());
    }
}
