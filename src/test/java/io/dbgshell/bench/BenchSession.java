package io.dbgshell.bench;

import io.dbgshell.protocol.ProtocolSettings;
import io.dbgshell.transport.spec.TransportSpec;
import io.dbgshell.testing.TestTransports;
import io.dbgshell.client.ClientDisplay;
import io.dbgshell.client.ClientException;
import io.dbgshell.client.RemoteSession;
import io.dbgshell.command.builtin.BuiltinCommands;
import io.dbgshell.config.Tunables;
import io.dbgshell.host.HostLinks;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.protocol.Identity;
import io.dbgshell.session.Session;
import io.dbgshell.shell.HostConsole;
import io.dbgshell.testing.FloodCommand;
import io.dbgshell.testing.PrintingConsole;
import io.dbgshell.testing.TestHost;
import io.dbgshell.transport.spec.PasswordSource;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.security.CertException;
import io.dbgshell.security.tls.TlsContexts;
import io.dbgshell.transport.pipe.NpipeSpec;
import io.dbgshell.transport.tls.TlsSpec;
import io.dbgshell.transport.tls.SslFixture;
import io.netty.handler.ssl.SslContext;
import io.dbgshell.transport.tcp.TcpSpec;
import io.dbgshell.transport.TransportException;
import io.dbgshell.transport.standard.TransportSpecParser;
import io.dbgshell.transport.spec.TransportSyntaxException;
import io.dbgshell.transport.Transports;
import io.dbgshell.transport.pipe.PipeDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A host session in this JVM with a tcp, npipe, ssl or spipe server (certificates made in a temp dir), on its own event loops (two I/O threads, as on a
 * 2-core host), and client-side transports on separate event loops, so host and clients do not share
 * I/O threads, as between two processes. The host console keeps no transcript.
 */
final class BenchSession implements AutoCloseable {
    static final String PASSWORD = "benchSecret1";
    final EventLoops hostLoops = new EventLoops(2);
    final EventLoops clientLoops = new EventLoops(2);
    final PipeDirectory pipes = new PipeDirectory(temporaryDirectory());
    final SslFixture certificates = certificates();
    final Transports clientTransports = transports(clientLoops, certificates.clientStores);
    /** Clients the session dropped for not keeping up, as the host's console was told. */
    private final AtomicInteger drops = new AtomicInteger();
    private final HostConsole host = new HostConsole(TestHost.HOST_IDENTITY,
            new PrintingConsole(text -> {
                if (text.contains("could not keep up")) {
                    drops.incrementAndGet();
                }
            }), Tunables.DEFAULTS);
    final Session session;
    final ServerEntry server;

    BenchSession(Tunables settings, String serverExtra) throws TransportException, TransportSyntaxException {
        this(settings, "tcp", serverExtra);
    }

    /** @param protocol {@code tcp}, {@code npipe}, {@code ssl} or {@code spipe} */
    BenchSession(Tunables settings, String protocol, String serverExtra) throws TransportException, TransportSyntaxException {
        session = Session.builder().tunables(settings).transports(transports(hostLoops, certificates.hostStores))
                .commands(BuiltinCommands.registry().register(new FloodCommand())).links(new HostLinks()).build();
        session.attachHostConsole(host);
        String spec = switch (protocol) {
            case "npipe" -> "npipe:pipe=bench";
            case "ssl" -> "ssl:proto=tls1,certuser=srv,port=24700:24799";
            case "spipe" -> "spipe:proto=tls1,certuser=srv,pipe=bench";
            default -> "tcp:port=24700:24799";
        };
        server = session.servers().start(TransportSpecParser.parse(spec + serverExtra, Role.SERVER));
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("bench-pipes");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SslFixture certificates() {
        try {
            return new SslFixture(temporaryDirectory());
        } catch (CertException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The server's and the client's TLS contexts, exactly as the ssl transport builds them. */
    SslContext[] tlsContexts() throws CertException {
        return new SslContext[] {TlsContexts.forServer(io.dbgshell.security.tls.TlsProto.TLS1,
                new io.dbgshell.security.cert.CertRef(io.dbgshell.security.cert.CertRef.Store.USER, "srv"), certificates.hostStores),
                clientTlsContext()};
    }

    /** What an ssl client builds before it dials: its context trusting the pinned server certificate. */
    SslContext clientTlsContext() throws CertException {
        return TlsContexts.forClient(io.dbgshell.security.tls.TlsProto.TLS1,
                new io.dbgshell.security.cert.CertRef(io.dbgshell.security.cert.CertRef.Store.USER, "pinned-srv"),
                certificates.clientStores);
    }

    private Transports transports(EventLoops loops, io.dbgshell.security.cert.CertStores stores) {
        return TestTransports.on(loops).tcpAndSsl(stores, line -> { })
                .npipe(pipes, channel -> Optional.empty()).spipe(pipes, channel -> Optional.empty(), stores, stores).build();
    }

    int port() {
        TransportSpec spec = server.spec() instanceof TlsSpec<?> tls ? tls.carrier() : server.spec();
        return ((TcpSpec) spec).port().low();
    }

    /** How many clients the session has dropped for not keeping up. */
    int drops() {
        return drops.get();
    }

    /** Types a line at the host's console. */
    void type(String line) {
        session.submit(host, line);
    }

    RemoteSession join(String clientExtra, Identity who, ClientDisplay display) throws ClientException {
        try {
            String spec;
            if (server.spec() instanceof NpipeSpec pipe) {
                spec = "npipe:pipe=" + pipe.pipe();
            } else if (server.spec() instanceof TlsSpec<?> tls && tls.carrier() instanceof NpipeSpec pipe) {
                spec = "spipe:proto=tls1,certuser=pinned-srv,pipe=" + pipe.pipe();
            } else if (server.spec() instanceof TlsSpec<?>) {
                spec = "ssl:proto=tls1,certuser=pinned-srv,server=127.0.0.1,port=" + port();
            } else {
                spec = "tcp:server=127.0.0.1,port=" + port();
            }
            spec += clientExtra;
            return RemoteSession.join(clientTransports, TransportSpecParser.parse(spec, Role.CLIENT),
                    Tunables.DEFAULTS.with(ProtocolSettings.HANDSHAKE_TIMEOUT, Duration.ofSeconds(30)), who, Optional::empty, false, display);
        } catch (TransportSyntaxException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        session.end("Benchmark over.");
        session.ended().toCompletableFuture().completeOnTimeout("", 5, TimeUnit.SECONDS).join();
        hostLoops.close();
        clientLoops.close();
    }
}
