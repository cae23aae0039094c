package io.dbgshell.transport;

import io.dbgshell.transport.spec.Protocol;
import io.dbgshell.transport.spec.TransportSpec;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

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

    /** By protocol label: a record's hashCode would spin method handles before the first prompt. */
    private final Map<String, Sides<?>> sides = new HashMap<>();
    /** Rows whose sides are not made yet, by label: see {@link #of}. */
    private final Map<String, Supplier<Sides<?>>> unmade = new HashMap<>();

    /**
     * Every protocol of {@code providers}, each side made from {@code context} when its protocol is
     * first bound or dialled: a process that serves nothing, or one protocol, does not load the
     * others' classes (serial lines, TLS, a SecureRandom seeded at start-up).
     */
    public static Transports of(List<TransportProvider<?>> providers, TransportContext context) {
        Transports transports = new Transports();
        providers.forEach(provider -> transports.unmade.put(provider.protocol().label(), () -> sidesOf(provider, context)));
        return transports;
    }

    private static <S extends TransportSpec> Sides<S> sidesOf(TransportProvider<S> provider, TransportContext context) {
        return new Sides<>(provider.specType(), provider.server().apply(context), provider.client().apply(context));
    }

    public synchronized <S extends TransportSpec> Transports register(TransportProvider<S> provider, ServerTransport<S> server,
                                                                      ClientTransport<S> client) {
        unmade.remove(provider.protocol().label());
        sides.put(provider.protocol().label(), new Sides<>(provider.specType(), server, client));
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

    private synchronized Sides<?> sides(Protocol protocol) throws TransportException {
        String label = protocol.label();
        Sides<?> found = sides.get(label);
        if (found == null) {
            Supplier<Sides<?>> maker = unmade.get(label);
            if (maker == null) {
                throw new TransportException("the " + label + " transport is not available yet in this version");
            }
            found = maker.get();
            sides.put(label, found);
            unmade.remove(label);
        }
        return found;
    }
}
