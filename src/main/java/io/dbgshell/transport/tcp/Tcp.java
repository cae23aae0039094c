package io.dbgshell.transport.tcp;

import io.dbgshell.transport.TransportProvider;

/** The tcp row: its grammar, its listener (or reverse dialler) and its connector. */
public final class Tcp {
    public static final TransportProvider<TcpSpec> PROVIDER = new TransportProvider<>(TcpSyntax.tcp(), TcpSpec.class,
            context -> new TcpServerTransport(context.loops(), context.tunables()),
            context -> new TcpClientTransport(context.loops(), context.progress(), context.tunables()));

    private Tcp() {
    }
}
