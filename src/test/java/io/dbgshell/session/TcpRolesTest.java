package io.dbgshell.session;

import io.dbgshell.testing.Wiring;

/** Roles over tcp. */
class TcpRolesTest extends AbstractRolesTest {
    @Override
    protected Wiring wiring() {
        return Wiring.tcp();
    }
}
