package io.dbgshell.cli;

import io.dbgshell.security.cert.CertStores;
import io.dbgshell.security.tls.TlsSettings;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.Protocol;
import io.dbgshell.transport.Transports;
import io.dbgshell.transport.tcp.TcpClientTransport;
import io.dbgshell.transport.tcp.TcpServerTransport;
import io.dbgshell.transport.tls.SslClientTransport;
import io.dbgshell.transport.tls.SslServerTransport;

import java.util.function.Consumer;

/** Every transport this build has, wired to the process's event loops. */
final class StandardTransports {
    private StandardTransports() {
    }

    /** For a host, which never waits for a reverse connection: such status lines only go to the log. */
    static Transports create(EventLoops loops) {
        return create(new TcpServerTransport(loops), new TcpClientTransport(loops));
    }

    /** @param progress where a client waiting for a reverse connection says so (its console) */
    static Transports create(EventLoops loops, Consumer<String> progress) {
        return create(new TcpServerTransport(loops), new TcpClientTransport(loops, progress));
    }

    private static Transports create(TcpServerTransport tcpServer, TcpClientTransport tcpClient) {
        CertStores stores = CertStores.fromEnvironment(System.getenv());
        return new Transports()
                .register(Protocol.TCP, tcpServer, tcpClient)
                .register(Protocol.SSL, new SslServerTransport(tcpServer, stores, TlsSettings.DEFAULT_HANDSHAKE_TIMEOUT),
                        new SslClientTransport(tcpClient, stores, TlsSettings.DEFAULT_HANDSHAKE_TIMEOUT));
    }
}
