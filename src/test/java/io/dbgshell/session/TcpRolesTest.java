package io.dbgshell.session;

import io.dbgshell.testing.TestTransports;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.tcp.TcpSpec;
import io.dbgshell.transport.Transports;
import io.dbgshell.testing.FreePorts;

/** Roles over tcp. */
class TcpRolesTest extends AbstractRolesTest {

    @Override
    protected Transports transports(EventLoops loops) {
        return TestTransports.tcp(loops);
    }

    @Override
    protected String serverTransport(String extra) {
        return "tcp:port=" + FreePorts.one() + extra;
    }

    @Override
    protected String clientTransport(ServerEntry server) {
        return "tcp:server=127.0.0.1,port=" + ((TcpSpec) server.spec()).port().low();
    }
}
