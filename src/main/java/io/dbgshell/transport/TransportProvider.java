package io.dbgshell.transport;

import io.dbgshell.transport.spec.Protocol;
import io.dbgshell.transport.spec.ProtocolSyntax;
import io.dbgshell.transport.spec.TransportSpec;

import java.util.function.Function;

/**
 * One protocol, whole: its name, its grammar (which makes its spec, and so its listing form), and
 * how its server and client sides are made from the process's shared resources. Each protocol's
 * package holds its row; the registration list names them all.
 *
 * @param specType the spec its grammar makes, which its sides take
 */
public record TransportProvider<S extends TransportSpec>(ProtocolSyntax<S> syntax, Class<S> specType,
                                                         Function<TransportContext, ServerTransport<S>> server,
                                                         Function<TransportContext, ClientTransport<S>> client) {

    public Protocol protocol() {
        return syntax.protocol();
    }
}
