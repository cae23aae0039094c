package io.dbgshell.transport.tls;

import io.dbgshell.security.tls.TlsSettings;
import io.dbgshell.transport.TransportProvider;
import io.dbgshell.transport.pipe.Npipe;
import io.dbgshell.transport.pipe.NpipeSpec;
import io.dbgshell.transport.pipe.NpipeSyntax;
import io.dbgshell.transport.spec.Protocol;
import io.dbgshell.transport.spec.ProtocolSyntax;
import io.dbgshell.transport.spec.TransportSpec;
import io.dbgshell.transport.tcp.Tcp;
import io.dbgshell.transport.tcp.TcpSpec;
import io.dbgshell.transport.tcp.TcpSyntax;

/** The two TLS rows: ssl is TLS over tcp's endpoint, spipe TLS over npipe's; one layer serves both. */
public final class Tls {
    public static final TransportProvider<TlsSpec<TcpSpec>> SSL =
            over(TcpSyntax.endpointOf(new Protocol("ssl")), Tcp.PROVIDER);
    public static final TransportProvider<TlsSpec<NpipeSpec>> SPIPE =
            over(NpipeSyntax.pipeOf(new Protocol("spipe")), Npipe.PROVIDER);

    private Tls() {
    }

    /** A TLS protocol named after {@code endpoint}, whose sides wrap fresh sides of {@code carrier}. */
    public static <C extends TransportSpec> TransportProvider<TlsSpec<C>> over(ProtocolSyntax<C> endpoint,
                                                                             TransportProvider<C> carrier) {
        return new TransportProvider<>(new TlsSyntax<>(endpoint), specType(),
                context -> new TlsServerTransport<>(carrier.server().apply(context), context.stores(),
                        context.tunables().get(TlsSettings.HANDSHAKE_TIMEOUT)),
                context -> new TlsClientTransport<>(carrier.client().apply(context), context.stores(),
                        context.tunables().get(TlsSettings.HANDSHAKE_TIMEOUT)));
    }

    /**
     * A generic record has one class for every carrier; each TLS protocol's specs are made by its own
     * syntax over one carrier, so a spec of that protocol always holds that carrier's spec.
     */
    @SuppressWarnings("unchecked")
    private static <C extends TransportSpec> Class<TlsSpec<C>> specType() {
        return (Class<TlsSpec<C>>) (Class<?>) TlsSpec.class;
    }
}
