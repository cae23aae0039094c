package io.dbgshell.reliability;

import io.dbgshell.testing.TestTransports;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.Transports;

/** The many-clients check over tcp. */
class TcpManyClientsTest extends AbstractManyClientsTest {
    @Override
    protected Transports transports(EventLoops loops) {
        return TestTransports.tcp(loops);
    }

    @Override
    protected String serverTransport() {
        return "tcp:port=0";
    }

    @Override
    protected String clientTransport(ServerEntry server) {
        return "tcp:server=127.0.0.1,port=" + TestTransports.port(server.spec());
    }
}
