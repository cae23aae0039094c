package io.dbgshell.reliability;

import io.dbgshell.testing.TestTransports;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.tcp.TcpSpec;
import io.dbgshell.transport.Transports;

/** The many-clients check over tcp. */
class TcpManyClientsTest extends AbstractManyClientsTest {
    /** A port range of its own keeps this class apart from the other test classes. */
    private static final String RANGE = "24600:24619";

    @Override
    protected Transports transports(EventLoops loops) {
        return TestTransports.tcp(loops);
    }

    @Override
    protected String serverTransport() {
        return "tcp:port=" + RANGE;
    }

    @Override
    protected String clientTransport(ServerEntry server) {
        return "tcp:server=127.0.0.1,port=" + ((TcpSpec) server.spec()).port().low();
    }
}
