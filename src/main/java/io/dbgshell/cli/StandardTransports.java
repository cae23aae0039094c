package io.dbgshell.cli;

import io.dbgshell.security.cert.CertStores;
import io.dbgshell.security.tls.TlsSettings;
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
import io.dbgshell.transport.tls.SpipeClientTransport;
import io.dbgshell.transport.tls.SpipeServerTransport;
import io.dbgshell.transport.tls.SslClientTransport;
import io.dbgshell.transport.tls.SslServerTransport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Consumer;

/** Every transport this build has, with the process-wide resources they share; closed at exit. */
final class StandardTransports implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StandardTransports.class);

    private final EventLoops loops;
    private final SerialLines serialLines = new SerialLines();
    private final Transports transports;

    /** For a host, which never waits for a reverse connection: such status lines would only go to the log. */
    StandardTransports() {
        this(new EventLoops(), LOG::info);
    }

    /** @param progress where a client waiting for a reverse connection says so (its console) */
    StandardTransports(EventLoops loops, Consumer<String> progress) {
        this.loops = loops;
        TcpServerTransport tcpServer = new TcpServerTransport(loops);
        TcpClientTransport tcpClient = new TcpClientTransport(loops, progress);
        NpipeServerTransport npipeServer = new NpipeServerTransport(loops);
        NpipeClientTransport npipeClient = new NpipeClientTransport(loops, Identity.HostName.get());
        CertStores stores = CertStores.fromEnvironment(System.getenv());
        transports = new Transports()
                .register(Protocol.TCP, tcpServer, tcpClient)
                .register(Protocol.NPIPE, npipeServer, npipeClient)
                .register(Protocol.COM, new ComServerTransport(serialLines), new ComClientTransport(serialLines))
                .register(Protocol.SSL, new SslServerTransport(tcpServer, stores, TlsSettings.DEFAULT_HANDSHAKE_TIMEOUT),
                        new SslClientTransport(tcpClient, stores, TlsSettings.DEFAULT_HANDSHAKE_TIMEOUT))
                .register(Protocol.SPIPE, new SpipeServerTransport(npipeServer, stores, TlsSettings.DEFAULT_HANDSHAKE_TIMEOUT),
                        new SpipeClientTransport(npipeClient, stores, TlsSettings.DEFAULT_HANDSHAKE_TIMEOUT));
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
