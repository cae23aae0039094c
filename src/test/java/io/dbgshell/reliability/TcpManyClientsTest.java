package io.dbgshell.reliability;

import io.dbgshell.testing.Wiring;

/** The many-clients check over tcp. */
class TcpManyClientsTest extends AbstractManyClientsTest {
    @Override
    protected Wiring wiring() {
        return Wiring.tcp();
    }
}
