package io.dbgshell.transport;

import io.dbgshell.transport.spec.Protocol;
import io.dbgshell.transport.spec.TransportSpec;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which server and client side serve each protocol; assembled once at start-up (tests register their own). */
public final class Transports {
    private record Sides<S extends TransportSpec>(Class<S> specType, ServerTransport<S> server, ClientTransport<S> client) {
        ServerBinding bind(TransportSpec spec, ChannelInitializer<Channel> session) throws TransportException {
            return server.bind(specType.cast(spec), session);
        }

        Channel connect(TransportSpec spec, ChannelInitializer<Channel> session) throws TransportException {
            return client.connect(specType.cast(spec), session);
        }
    }

    private final Map<Protocol, Sides<?>> sides = new HashMap<>();

    /** Every protocol of {@code providers}, each side made from {@code context}. */
    public static Transports of(List<TransportProvider<?>> providers, TransportContext context) {
        Transports transports = new Transports();
        providers.forEach(provider -> transports.add(provider, context));
        return transports;
    }

    private <S extends TransportSpec> void add(TransportProvider<S> provider, TransportContext context) {
        register(provider, provider.server().apply(context), provider.client().apply(context));
    }

    public <S extends TransportSpec> Transports register(TransportProvider<S> provider, ServerTransport<S> server,
                                                         ClientTransport<S> client) {
        sides.put(provider.protocol(), new Sides<>(provider.specType(), server, client));
        return this;
    }

    /** Listens as {@code spec} says, with {@code session} above each accepted link. */
    public ServerBinding bind(TransportSpec spec, ChannelInitializer<Channel> session) throws TransportException {
        return sides(spec.protocol()).bind(spec, session);
    }

    /** Connects as {@code spec} says, with {@code session} above the link. */
    public Channel connect(TransportSpec spec, ChannelInitializer<Channel> session) throws TransportException {
        return sides(spec.protocol()).connect(spec, session);
    }

    private Sides<?> sides(Protocol protocol) throws TransportException {
        Sides<?> found = sides.get(protocol);
        if (found == null) {
            throw new TransportException("the " + protocol.label() + " transport is not available yet in this version");
        }
        return found;
    }
}
