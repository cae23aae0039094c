package io.dbgshell.transport.pipe;

import io.dbgshell.transport.TransportProvider;

/** The npipe row: its grammar, its listener on the pipe directory and its connector on this machine. */
public final class Npipe {
    public static final TransportProvider<NpipeSpec> PROVIDER = new TransportProvider<>(NpipeSyntax.npipe(),
            NpipeSpec.class,
            context -> new NpipeServerTransport(context.loops()),
            context -> new NpipeClientTransport(context.loops(), context.hostName()));

    private Npipe() {
    }
}
