package io.dbgshell.cli;

import io.dbgshell.session.Identity;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.Protocol;
import io.dbgshell.transport.Transports;
import io.dbgshell.transport.pipe.NpipeClientTransport;
import io.dbgshell.transport.pipe.NpipeServerTransport;
import io.dbgshell.transport.tcp.TcpClientTransport;
import io.dbgshell.transport.tcp.TcpServerTransport;

/** Every transport this build has, wired to the process's event loops. */
final class StandardTransports {
    private StandardTransports() {
    }

    static Transports create(EventLoops loops) {
        return new Transports()
                .register(Protocol.TCP, new TcpServerTransport(loops), new TcpClientTransport(loops))
                .register(Protocol.NPIPE, new NpipeServerTransport(loops),
                        new NpipeClientTransport(loops, Identity.HostName.get()));
    }
}
