package io.dbgshell.transport.tls;

import io.dbgshell.security.CertException;
import io.dbgshell.security.cert.CertStores;
import io.dbgshell.security.cert.CertificateTool;
import io.dbgshell.security.cert.StoreEntry;
import io.dbgshell.security.cert.TestStores;
import io.dbgshell.transport.CertRef;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.Protocol;
import io.dbgshell.transport.TransportException;
import io.dbgshell.transport.Transports;
import io.dbgshell.transport.tcp.ReverseSettings;
import io.dbgshell.transport.tcp.TcpClientTransport;
import io.dbgshell.transport.tcp.TcpServerTransport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The certificate walk-through the docs describe, on temp-dir stores: the host creates {@code srv} and
 * exports it; the client imports it under its own name {@code pinned-srv}. Also builds tcp+ssl
 * transports over given stores with shrunk time-outs.
 */
public final class SslFixture {
    public static final Duration HANDSHAKE = Duration.ofSeconds(5);
    /** Fast retries so reverse tests never wait long for the next dial. */
    public static final ReverseSettings FAST_REVERSE =
            new ReverseSettings(Duration.ofMillis(20), Duration.ofMillis(50), Duration.ofSeconds(2));

    public final CertStores hostStores;
    public final CertStores clientStores;
    public final StoreEntry serverCert;
    public final Path exportedPem;

    public SslFixture(Path dir) throws CertException {
        hostStores = TestStores.in(dir.resolve("host"));
        clientStores = TestStores.in(dir.resolve("client"));
        serverCert = TestStores.create(hostStores, CertRef.Store.USER, "srv");
        exportedPem = dir.resolve("srv.pem");
        CertificateTool.export(hostStores.store(CertRef.Store.USER), "srv", exportedPem);
        CertificateTool.importPem(clientStores.store(CertRef.Store.USER), exportedPem, Optional.of("pinned-srv"));
    }

    /**
     * ssl as on two machines: the server side on the host's stores, the client side on the client's,
     * which pins the imported copy.
     */
    public Transports hostAndClient(EventLoops loops) {
        Transports host = transports(loops, hostStores, line -> { });
        Transports client = transports(loops, clientStores, line -> { });
        try {
            return new Transports().register(Protocol.SSL, host.server(Protocol.SSL), client.client(Protocol.SSL));
        } catch (TransportException e) {
            throw new AssertionError(e);
        }
    }

    /** tcp and ssl over {@code stores}; status lines of a waiting reverse client go to {@code progress}. */
    public static Transports transports(EventLoops loops, CertStores stores, Consumer<String> progress) {
        TcpServerTransport tcpServer = new TcpServerTransport(loops, FAST_REVERSE);
        TcpClientTransport tcpClient = new TcpClientTransport(loops, progress);
        return new Transports()
                .register(Protocol.TCP, tcpServer, tcpClient)
                .register(Protocol.SSL, new SslServerTransport(tcpServer, stores, HANDSHAKE),
                        new SslClientTransport(tcpClient, stores, HANDSHAKE));
    }
}
