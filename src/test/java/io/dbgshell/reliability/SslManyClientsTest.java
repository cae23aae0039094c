package io.dbgshell.reliability;

import io.dbgshell.testing.Wiring;
import io.dbgshell.transport.tls.SslFixtureExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The many-clients check over ssl: a hundred real TLS handshakes, then the load; the clients pin the host's certificate. */
class SslManyClientsTest extends AbstractManyClientsTest {
    @RegisterExtension
    static final SslFixtureExtension CERTS = new SslFixtureExtension();

    @Override
    protected Wiring wiring() {
        return Wiring.ssl(CERTS.fixture());
    }
}
