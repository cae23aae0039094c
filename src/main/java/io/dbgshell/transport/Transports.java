package io.dbgshell.transport;

import java.util.EnumMap;
import java.util.Map;

/** Which {@link ServerTransport} and {@link ClientTransport} serve each protocol; assembled once at start-up. */
public final class Transports {
    private final Map<Protocol, ServerTransport> servers = new EnumMap<>(Protocol.class);
    private final Map<Protocol, ClientTransport> clients = new EnumMap<>(Protocol.class);

    public Transports register(Protocol protocol, ServerTransport server, ClientTransport client) {
        servers.put(protocol, server);
        clients.put(protocol, client);
        return this;
    }

    public ServerTransport server(Protocol protocol) throws TransportException {
        ServerTransport transport = servers.get(protocol);
        if (transport == null) {
            throw notAvailable(protocol);
        }
        return transport;
    }

    public ClientTransport client(Protocol protocol) throws TransportException {
        ClientTransport transport = clients.get(protocol);
        if (transport == null) {
            throw notAvailable(protocol);
        }
        return transport;
    }

    private static TransportException notAvailable(Protocol protocol) {
        return new TransportException("the " + protocol.label() + " transport is not available yet in this version");
    }
}
