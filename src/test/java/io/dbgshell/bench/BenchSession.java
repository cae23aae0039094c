package io.dbgshell.bench;

import io.dbgshell.client.ClientDisplay;
import io.dbgshell.client.ClientException;
import io.dbgshell.client.RemoteSession;
import io.dbgshell.config.Settings;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.session.Identity;
import io.dbgshell.testing.TestHost;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.Protocol;
import io.dbgshell.transport.Role;
import io.dbgshell.transport.TcpSpec;
import io.dbgshell.transport.TransportSpecParser;
import io.dbgshell.transport.TransportSyntaxException;
import io.dbgshell.transport.Transports;
import io.dbgshell.transport.tcp.TcpClientTransport;
import io.dbgshell.transport.tcp.TcpServerTransport;

import java.time.Duration;
import java.util.Optional;

/**
 * A host session in this JVM on its own event loops, and client-side transports on separate event
 * loops, so host and clients do not share I/O threads (as between two processes).
 */
final class BenchSession implements AutoCloseable {
    static final String PASSWORD = "bench-secret";
    final TestHost host;
    final EventLoops clientLoops;
    final Transports clientTransports;
    final ServerEntry server;

    BenchSession(Settings settings, String serverExtra) {
        host = new TestHost(BenchSession::tcp, settings);
        clientLoops = new EventLoops(2);
        clientTransports = tcp(clientLoops);
        server = host.startServer("tcp:port=24700:24799" + serverExtra);
    }

    static Transports tcp(EventLoops loops) {
        return new Transports().register(Protocol.TCP, new TcpServerTransport(loops), new TcpClientTransport(loops));
    }

    int port() {
        return ((TcpSpec) server.spec()).port().low();
    }

    String clientSpec(String extra) {
        return "tcp:server=127.0.0.1,port=" + port() + extra;
    }

    RemoteSession join(String clientExtra, Identity who, ClientDisplay display) throws ClientException {
        try {
            return RemoteSession.join(clientTransports, TransportSpecParser.parse(clientSpec(clientExtra), Role.CLIENT),
                    Settings.DEFAULTS.withHandshakeTimeout(Duration.ofSeconds(30)), who, Optional::empty, false, display);
        } catch (TransportSyntaxException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        host.close();
        clientLoops.close();
    }
}
