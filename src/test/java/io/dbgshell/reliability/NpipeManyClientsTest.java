package io.dbgshell.reliability;

import io.dbgshell.testing.TestTransports;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.pipe.NpipeSpec;
import io.dbgshell.transport.Transports;
import io.dbgshell.transport.pipe.PipeDirectory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

/** The many-clients check over npipe, in a pipe directory of its own; clients' claimed names are taken. */
class NpipeManyClientsTest extends AbstractManyClientsTest {
    @TempDir
    static Path pipes;

    @Override
    protected Transports transports(EventLoops loops) {
        return TestTransports.on(loops).npipe(new PipeDirectory(pipes), channel -> Optional.empty()).build();
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
