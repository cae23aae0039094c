package io.dbgshell.transport.pipe;

import io.dbgshell.transport.ClientTransport;
import io.dbgshell.transport.ConnectionInfo;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.LinkInitializer;
import io.dbgshell.transport.NpipeSpec;
import io.dbgshell.transport.TransportException;
import io.dbgshell.transport.TransportSpec;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.nio.NioDomainSocketChannel;

import java.net.ConnectException;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Connects to a pipe of this machine; {@code server=} may only name this machine ({@link LocalHost}).
 * spipe reuses the connection through {@link #connectPipe}, passing its TLS layer.
 */
public final class NpipeClientTransport implements ClientTransport {
    private final EventLoops loops;
    private final PipeDirectory directory;
    private final LocalHost localHost;

    /** The pipe directory from the environment. */
    public NpipeClientTransport(EventLoops loops, String hostName) {
        this(loops, PipeDirectory.fromEnvironment(), new LocalHost(hostName));
    }

    public NpipeClientTransport(EventLoops loops, PipeDirectory directory, LocalHost localHost) {
        this.loops = loops;
        this.directory = directory;
        this.localHost = localHost;
    }

    @Override
    public Channel connect(TransportSpec spec, ChannelInitializer<Channel> session) throws TransportException {
        NpipeSpec npipe = (NpipeSpec) spec;
        return connectPipe(npipe.protocol().label(), npipe.server(), npipe.pipe(), channel -> null, session);
    }

    /**
     * Connects to {@code pipe}, blocking the caller until the socket is connected.
     *
     * @param label      the protocol name connection notices and errors show ({@code npipe}, {@code spipe})
     * @param server     the {@code server=} the user typed, which must name this machine
     * @param perChannel the transport's own handler for the connection, placed below the session; null for none
     */
    public Channel connectPipe(String label, Optional<String> server, String pipe,
                               Function<Channel, ChannelHandler> perChannel, ChannelInitializer<Channel> session)
            throws TransportException {
        if (server.isPresent() && !localHost.names(server.get())) {
            throw new TransportException(label + " connects on this machine only, but server=" + server.get()
                    + " names another; use tcp or ssl to reach another machine");
        }
        Path socket = directory.socketOf(pipe);
        if (!Files.exists(socket)) {
            throw new TransportException("no server on pipe '" + pipe + "' (" + socket + " does not exist)");
        }
        ChannelFuture connected = new Bootstrap()
                .group(loops.workers())
                .channel(NioDomainSocketChannel.class)
                .handler(new LinkInitializer(channel -> ConnectionInfo.of(label, pipe), perChannel, session))
                .connect(UnixDomainSocketAddress.of(socket))
                .awaitUninterruptibly();
        if (!connected.isSuccess()) {
            Throwable cause = connected.cause();
            String why = cause instanceof ConnectException
                    ? "no live server (the socket file " + socket + " is stale)"
                    : cause.getMessage() + " (" + socket + ")";
            throw new TransportException("cannot connect to pipe '" + pipe + "': " + why, cause);
        }
        return connected.channel();
    }
}
