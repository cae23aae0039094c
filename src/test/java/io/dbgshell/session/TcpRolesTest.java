package io.dbgshell.session;

import io.dbgshell.testing.TestTransports;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.Transports;

/** Roles over tcp. */
class TcpRolesTest extends AbstractRolesTest {

    @Override
    protected Transports transports(EventLoops loops) {
        return TestTransports.tcp(loops);
    }

    @Override
    protected String serverTransport(String extra) {
        return "tcp:port=0" + extra;
    }

    @Override
    protected String clientTransport(ServerEntry server) {
        return "tcp:server=127.0.0.1,port=" + TestTransports.port(server.spec());
    }
}
