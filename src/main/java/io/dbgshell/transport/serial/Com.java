package io.dbgshell.transport.serial;

import io.dbgshell.transport.TransportProvider;

/** The com row: its grammar, and its two sides sharing the process's open serial lines. */
public final class Com {
    public static final TransportProvider<ComSpec> PROVIDER = new TransportProvider<>(new ComSyntax(), ComSpec.class,
            context -> new ComServerTransport(context.shared(SerialLines.class, SerialLines::new)),
            context -> new ComClientTransport(context.shared(SerialLines.class, SerialLines::new)));

    private Com() {
    }
}
