package io.dbgshell.cli;

import io.dbgshell.session.Identity;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.Protocol;
import io.dbgshell.transport.Transports;
import io.dbgshell.transport.pipe.NpipeClientTransport;
import io.dbgshell.transport.pipe.NpipeServerTransport;
import io.dbgshell.transport.serial.ComClientTransport;
import io.dbgshell.transport.serial.ComServerTransport;
import io.dbgshell.transport.serial.SerialLines;
import io.dbgshell.transport.tcp.TcpClientTransport;
import io.dbgshell.transport.tcp.TcpServerTransport;

/** Every transport this build has, with the process-wide resources they share; closed at exit. */
final class StandardTransports implements AutoCloseable {
    private final EventLoops loops;
    private final SerialLines serialLines = new SerialLines();
    private final Transports transports;

    StandardTransports(int ioThreads) {
        loops = new EventLoops(ioThreads);
        transports = new Transports()
                .register(Protocol.TCP, new TcpServerTransport(loops), new TcpClientTransport(loops))
                .register(Protocol.COM, new ComServerTransport(serialLines), new ComClientTransport(serialLines))
                .register(Protocol.NPIPE, new NpipeServerTransport(loops),
                        new NpipeClientTransport(loops, Identity.HostName.get()));
    }

    Transports transports() {
        return transports;
    }

    @Override
    public void close() {
        serialLines.close();
        loops.close();
    }
}
