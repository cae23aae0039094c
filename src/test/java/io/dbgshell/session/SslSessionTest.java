package io.dbgshell.session;

import io.dbgshell.testing.Wiring;
import io.dbgshell.testing.TestTransports;
import io.dbgshell.server.ServerEntry;

import java.net.SocketAddress;
import java.net.InetSocketAddress;
import java.net.InetAddress;

/** The shared session behaviour over ssl (raw links through the TLS proxy of the base class). */
class SslSessionTest extends AbstractTlsSessionTransportTest {
    @Override
    protected Wiring wiring() {
        return Wiring.ssl(certs);
    }

    @Override
    protected SocketAddress serverAddress(ServerEntry server) {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port(server));
    }

    @Override
    protected String connectionPrefix() {
        return "(ssl 127.0.0.1:";
    }

    private static int port(ServerEntry server) {
        return TestTransports.port(server.spec());
    }
}
