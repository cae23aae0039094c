package io.dbgshell.transport.serial;

import io.dbgshell.transport.TransportContext;
import io.dbgshell.transport.TransportProvider;

/** The com row: its grammar, and its two sides sharing the process's open serial lines. */
public final class Com {
    public static final TransportProvider<ComSpec> PROVIDER = new TransportProvider<>(new ComSyntax(), ComSpec.class,
            context -> new ComServerTransport(lines(context)),
            context -> new ComClientTransport(lines(context)));

    private Com() {
    }

    private static SerialLines lines(TransportContext context) {
        return context.shared(SerialLines.class, () -> new SerialLines(context.tunables()));
    }
}
