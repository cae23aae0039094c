package io.dbgshell.transport.pipe;

import io.dbgshell.transport.ClientTransport;
import io.dbgshell.transport.ConnectionInfo;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.Link;
import io.dbgshell.transport.LinkInitializer;
import io.dbgshell.transport.TransportException;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.socket.nio.NioDomainSocketChannel;

import java.net.ConnectException;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Connects to a pipe of this machine; {@code server=} may only name this machine ({@link LocalHost}).
 * spipe carries its TLS layer over the connection as the {@link Link}'s own handler.
 */
public final class NpipeClientTransport implements ClientTransport<NpipeSpec> {
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

    /** Connects to the pipe {@code spec} names, blocking the caller until the socket is connected. */
    @Override
    public Channel connect(NpipeSpec spec, Link link) throws TransportException {
        String label = link.label();
        Optional<String> server = spec.server();
        String pipe = spec.pipe();
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
                .handler(new LinkInitializer(channel -> ConnectionInfo.of(label, pipe), link))
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
