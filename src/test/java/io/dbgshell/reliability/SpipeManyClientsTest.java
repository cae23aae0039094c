package io.dbgshell.reliability;

import io.dbgshell.testing.Wiring;
import io.dbgshell.transport.pipe.PipeDirectory;
import io.dbgshell.transport.tls.SslFixtureExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The many-clients check over spipe: TLS on a Unix socket in a pipe directory of its own. */
class SpipeManyClientsTest extends AbstractManyClientsTest {
    @RegisterExtension
    static final SslFixtureExtension CERTS = new SslFixtureExtension();
    @TempDir
    static Path pipes;

    @Override
    protected Wiring wiring() {
        return Wiring.spipe(CERTS.fixture(), new PipeDirectory(pipes), "many");
    }
}
