package io.dbgshell.session;

import io.dbgshell.testing.Wiring;
import io.dbgshell.transport.tls.SslFixtureExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Roles over ssl, the host's and the clients' certificate stores apart as on two machines. */
class SslRolesTest extends AbstractRolesTest {
    @RegisterExtension
    static final SslFixtureExtension CERTS = new SslFixtureExtension();

    @Override
    protected Wiring wiring() {
        return Wiring.ssl(CERTS.fixture());
    }
}
