package io.dbgshell.transport.standard;

import io.dbgshell.config.Tunables;
import io.dbgshell.security.cert.CertStores;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.TransportContext;
import io.dbgshell.transport.Transports;

import java.util.function.Consumer;

/** Every transport this build has, with the process-wide resources they share; closed at exit. */
public final class StandardTransports implements AutoCloseable {
    private final TransportContext context;
    private final Transports transports;

    /**
     * @param progress where a client waiting for a reverse connection says so (its console; a host's log)
     * @param hostName this machine's name, which a pipe client's {@code server=} must name
     */
    public StandardTransports(EventLoops loops, Tunables tunables, Consumer<String> progress, String hostName) {
        context = new TransportContext(loops, tunables, CertStores.fromEnvironment(System.getenv()), progress, hostName);
        transports = Transports.of(StandardProtocols.ALL, context);
    }

    public Transports transports() {
        return transports;
    }

    @Override
    public void close() {
        context.close();
    }
}
