package io.dbgshell.session;

import io.dbgshell.testing.TestTransports;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.testing.RawLink;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.Transports;
import io.dbgshell.transport.tls.TlsUnwrapProxy;

import java.net.SocketAddress;
import java.net.InetSocketAddress;
import java.net.InetAddress;

/** The shared session behaviour over ssl (raw links through the TLS proxy of the base class). */
class SslSessionTest extends AbstractTlsSessionTransportTest {
    @Override
    protected Transports transports(EventLoops loops) {
        return certs.hostAndClient(loops);
    }

    @Override
    protected String serverTransport(String extra) {
        return "ssl:proto=tls1,certuser=srv,port=0" + extra;
    }

    @Override
    protected String clientTransport(ServerEntry server, String extra) {
        return "ssl:proto=tls1,certuser=pinned-srv,server=127.0.0.1,port=" + port(server) + extra;
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
