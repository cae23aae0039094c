package io.dbgshell.reliability;

import io.dbgshell.server.ServerEntry;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.Protocol;
import io.dbgshell.transport.SpipeSpec;
import io.dbgshell.transport.Transports;
import io.dbgshell.transport.pipe.LocalHost;
import io.dbgshell.transport.pipe.NpipeClientTransport;
import io.dbgshell.transport.pipe.NpipeServerTransport;
import io.dbgshell.transport.pipe.PipeDirectory;
import io.dbgshell.transport.pipe.PipeNameExpander;
import io.dbgshell.transport.tls.SpipeClientTransport;
import io.dbgshell.transport.tls.SpipeServerTransport;
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
        PipeDirectory directory = new PipeDirectory(dir.resolve("pipes"));
        NpipeServerTransport pipeServer = new NpipeServerTransport(loops, directory, () -> new PipeNameExpander(1, 2),
                channel -> Optional.empty());
        NpipeClientTransport pipeClient = new NpipeClientTransport(loops, directory, new LocalHost("thishost"));
        return new Transports().register(Protocol.SPIPE,
                new SpipeServerTransport(pipeServer, certs.hostStores, SslFixture.HANDSHAKE),
                new SpipeClientTransport(pipeClient, certs.clientStores, SslFixture.HANDSHAKE));
    }

    @Override
    protected String serverTransport() {
        return "spipe:proto=tls1,certuser=srv,pipe=many";
    }

    @Override
    protected String clientTransport(ServerEntry server) {
        return "spipe:proto=tls1,certuser=pinned-srv,pipe=" + ((SpipeSpec) server.spec()).pipe();
    }
}
