package io.dbgshell.reliability;

import io.dbgshell.testing.Wiring;
import io.dbgshell.transport.pipe.PipeDirectory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The many-clients check over npipe, in a pipe directory of its own; clients' claimed names are taken. */
class NpipeManyClientsTest extends AbstractManyClientsTest {
    @TempDir
    static Path pipes;

    @Override
    protected Wiring wiring() {
        return Wiring.npipe(new PipeDirectory(pipes), "many");
    }
}
