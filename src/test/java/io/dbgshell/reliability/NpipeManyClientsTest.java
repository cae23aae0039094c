package io.dbgshell.reliability;

import io.dbgshell.server.ServerEntry;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.NpipeSpec;
import io.dbgshell.transport.Protocol;
import io.dbgshell.transport.Transports;
import io.dbgshell.transport.pipe.LocalHost;
import io.dbgshell.transport.pipe.NpipeClientTransport;
import io.dbgshell.transport.pipe.NpipeServerTransport;
import io.dbgshell.transport.pipe.PipeDirectory;
import io.dbgshell.transport.pipe.PipeNameExpander;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

/** The many-clients check over npipe, in a pipe directory of its own; clients' claimed names are taken. */
class NpipeManyClientsTest extends AbstractManyClientsTest {
    @TempDir
    static Path pipes;

    @Override
    protected Transports transports(EventLoops loops) {
        PipeDirectory directory = new PipeDirectory(pipes);
        return new Transports().register(Protocol.NPIPE,
                new NpipeServerTransport(loops, directory, () -> new PipeNameExpander(1, 2), channel -> Optional.empty()),
                new NpipeClientTransport(loops, directory, new LocalHost("thishost")));
    }

    @Override
    protected String serverTransport() {
        return "npipe:pipe=many";
    }

    @Override
    protected String clientTransport(ServerEntry server) {
        return "npipe:pipe=" + ((NpipeSpec) server.spec()).pipe();
    }
}
