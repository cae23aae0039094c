package io.dbgshell.testing;

import io.dbgshell.transport.tls.TlsSpec;
import io.dbgshell.transport.pipe.NpipeSpec;
import io.dbgshell.transport.tcp.TcpSpec;
import io.dbgshell.transport.spec.TransportSpec;
import io.dbgshell.config.Tunables;
import io.dbgshell.security.cert.CertStores;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.Transports;
import io.dbgshell.transport.pipe.LocalHost;
import io.dbgshell.transport.pipe.Npipe;
import io.dbgshell.transport.pipe.NpipeClientTransport;
import io.dbgshell.transport.pipe.NpipeServerTransport;
import io.dbgshell.transport.pipe.PipeDirectory;
import io.dbgshell.transport.pipe.PipeNameExpander;
import io.dbgshell.transport.serial.Com;
import io.dbgshell.transport.serial.ComClientTransport;
import io.dbgshell.transport.serial.ComServerTransport;
import io.dbgshell.transport.serial.SerialLines;
import io.dbgshell.transport.tcp.TcpSettings;
import io.dbgshell.transport.tcp.Tcp;
import io.dbgshell.transport.tcp.TcpClientTransport;
import io.dbgshell.transport.tcp.TcpServerTransport;
import io.dbgshell.transport.tls.Tls;
import io.dbgshell.transport.tls.TlsClientTransport;
import io.dbgshell.transport.tls.TlsServerTransport;
import io.netty.channel.Channel;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one place tests wire transports: each protocol's real sides over the test's own event loops,
 * pipe directory, serial lines and certificate stores, with time-outs shrunk. The host's and the
 * clients' sides of ssl and spipe read different stores, as two machines would.
 */
public final class TestTransports {
    /** How long a TLS handshake may take in tests. */
    public static final Duration HANDSHAKE = Duration.ofSeconds(5);
    /** Fast retries so reverse tests never wait long for the next dial. */
    private static final Tunables FAST = Tunables.DEFAULTS
            .with(TcpSettings.REVERSE_FIRST_RETRY, Duration.ofMillis(20))
            .with(TcpSettings.REVERSE_MAX_RETRY, Duration.ofMillis(50))
            .with(TcpSettings.REVERSE_ATTEMPT_TIMEOUT, Duration.ofSeconds(2));
    /** The machine name pipe clients take as this one. */
    public static final String THIS_HOST = "thishost";

    private final EventLoops loops;
    private final Transports transports = new Transports();

    private TestTransports(EventLoops loops) {
        this.loops = loops;
    }

    /** A set to add protocols to, over {@code loops}. */
    public static TestTransports on(EventLoops loops) {
        return new TestTransports(loops);
    }

    /** tcp alone, as a host that never dials out has it. */
    public static Transports tcp(EventLoops loops) {
        return on(loops).tcp(line -> { }).build();
    }

    /** tcp; a reverse server retries fast and a waiting reverse client reports to {@code progress}. */
    public TestTransports tcp(Consumer<String> progress) {
        transports.register(Tcp.PROVIDER, tcpServer(), new TcpClientTransport(loops, progress, FAST));
        return this;
    }

    /** npipe in {@code directory}, names expanded with made-up ids, users as {@code peerUser} says. */
    public TestTransports npipe(PipeDirectory directory, Function<Channel, Optional<String>> peerUser) {
        return npipe(directory, () -> new PipeNameExpander(1, 2), peerUser);
    }

    public TestTransports npipe(PipeDirectory directory, Supplier<PipeNameExpander> expander,
                                Function<Channel, Optional<String>> peerUser) {
        transports.register(Npipe.PROVIDER, new NpipeServerTransport(loops, directory, expander, peerUser),
                pipeClient(directory));
        return this;
    }

    /** com over the process's {@code lines}. */
    public TestTransports com(SerialLines lines) {
        transports.register(Com.PROVIDER, new ComServerTransport(lines), new ComClientTransport(lines));
        return this;
    }

    /** ssl: the server presents from {@code hostStores}, the client pins from {@code clientStores}. */
    public TestTransports ssl(CertStores hostStores, CertStores clientStores, Consumer<String> progress) {
        transports.register(Tls.SSL, new TlsServerTransport<>(tcpServer(), hostStores, HANDSHAKE),
                new TlsClientTransport<>(new TcpClientTransport(loops, progress, FAST), clientStores, HANDSHAKE));
        return this;
    }

    /** tcp and ssl as one machine has them: both sides of ssl read {@code stores}. */
    public TestTransports tcpAndSsl(CertStores stores, Consumer<String> progress) {
        return tcp(progress).ssl(stores, stores, progress);
    }

    /** spipe in {@code directory}, stores apart as for {@link #ssl}. */
    public TestTransports spipe(PipeDirectory directory, Function<Channel, Optional<String>> peerUser,
                                CertStores hostStores, CertStores clientStores) {
        NpipeServerTransport pipes = new NpipeServerTransport(loops, directory, () -> new PipeNameExpander(1, 2), peerUser);
        transports.register(Tls.SPIPE, new TlsServerTransport<>(pipes, hostStores, HANDSHAKE),
                new TlsClientTransport<>(pipeClient(directory), clientStores, HANDSHAKE));
        return this;
    }

    public Transports build() {
        return transports;
    }

    /** The port a tcp or ssl spec names: for a server's as bound, the port it listens on. */
    public static int port(TransportSpec spec) {
        return carrier(spec, TcpSpec.class).port().low();
    }

    /** The pipe an npipe or spipe spec names: for a server's as bound, its expanded name. */
    public static String pipe(TransportSpec spec) {
        return carrier(spec, NpipeSpec.class).pipe();
    }

    private static <C extends TransportSpec> C carrier(TransportSpec spec, Class<C> type) {
        return type.cast(spec instanceof TlsSpec<?> tls ? tls.carrier() : spec);
    }

    private TcpServerTransport tcpServer() {
        return new TcpServerTransport(loops, FAST);
    }

    private NpipeClientTransport pipeClient(PipeDirectory directory) {
        return new NpipeClientTransport(loops, directory, new LocalHost(THIS_HOST));
    }
}
