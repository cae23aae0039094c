package io.dbgshell.reliability;

import io.dbgshell.server.ServerEntry;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.Protocol;
import io.dbgshell.transport.TcpSpec;
import io.dbgshell.transport.Transports;
import io.dbgshell.transport.tcp.TcpClientTransport;
import io.dbgshell.transport.tcp.TcpServerTransport;

/** The many-clients check over tcp. */
class TcpManyClientsTest extends AbstractManyClientsTest {
    /** A port range of its own keeps this class apart from the other test classes. */
    private static final String RANGE = "24600:24619";

    @Override
    protected Transports transports(EventLoops loops) {
        return new Transports().register(Protocol.TCP, new TcpServerTransport(loops), new TcpClientTransport(loops));
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
