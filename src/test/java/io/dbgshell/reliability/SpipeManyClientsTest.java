package io.dbgshell.reliability;

import io.dbgshell.testing.TestTransports;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.Transports;
import io.dbgshell.transport.pipe.PipeDirectory;
import io.dbgshell.transport.tls.SslFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

/** The many-clients check over spipe: TLS on a Unix socket in a pipe directory of its own. */
class SpipeManyClientsTest extends AbstractManyClientsTest {
    @TempDir
    static Path dir;
    private static SslFixture certs;

    @BeforeAll
    static void makeCertificates() throws Exception {
        certs = new SslFixture(dir);
    }

    @Override
    protected Transports transports(EventLoops loops) {
        return TestTransports.on(loops).spipe(new PipeDirectory(dir.resolve("pipes")), channel -> Optional.empty(),
                certs.hostStores, certs.clientStores).build();
    }

    @Override
    protected String serverTransport() {
        return "spipe:proto=tls1,certuser=srv,pipe=many";
    }

    @Override
    protected String clientTransport(ServerEntry server) {
        return "spipe:proto=tls1,certuser=pinned-srv,pipe=" + TestTransports.pipe(server.spec());
    }
}
