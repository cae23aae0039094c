package io.dbgshell.transport.pipe;

import io.dbgshell.transport.ConnectionInfo;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.Link;
import io.dbgshell.transport.LinkInitializer;
import io.dbgshell.transport.ServerBinding;
import io.dbgshell.transport.ServerTransport;
import io.dbgshell.transport.TransportException;
import io.dbgshell.transport.spec.TransportSpec;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.socket.nio.NioServerDomainSocketChannel;
import io.netty.util.concurrent.Future;

import java.io.IOException;
import java.net.BindException;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Listens on a pipe: a Unix-domain socket file in the {@link PipeDirectory}, made reachable as
 * {@link PipeAccess} says. Each connection is described as {@code (npipe NAME)} and carries the
 * peer's user as the kernel reports it. Closing the listener removes the socket file. spipe carries
 * its TLS layer over the listener as the {@link Link}'s own handler.
 */
public final class NpipeServerTransport implements ServerTransport<NpipeSpec> {
    private final EventLoops loops;
    private final PipeDirectory directory;
    private final Supplier<PipeNameExpander> expander;
    private final Function<Channel, Optional<String>> peerUser;

    /**
     * The pipe directory from the environment, names expanded with the binding thread's ids, and
     * each client's user taken from the kernel.
     */
    public NpipeServerTransport(EventLoops loops) {
        this(loops, PipeDirectory.fromEnvironment(), PipeNameExpander::forCallingThread, NpipeServerTransport::kernelPeerUser);
    }

    /**
     * @param peerUser the verified user of an accepted connection ({@link ConnectionInfo#verifiedUser()});
     *                 production reads {@code SO_PEERCRED}, tests that need the clients' claimed names pass none
     */
    public NpipeServerTransport(EventLoops loops, PipeDirectory directory, Supplier<PipeNameExpander> expander,
                                Function<Channel, Optional<String>> peerUser) {
        this.loops = loops;
        this.directory = directory;
        this.expander = expander;
        this.peerUser = peerUser;
    }

    /** Reads the peer's user from the kernel ({@code SO_PEERCRED}): the policy of the production constructor. */
    public static Optional<String> kernelPeerUser(Channel channel) {
        return PeerCredentials.user(channel);
    }

    /**
     * Listens on the pipe {@code spec} names once its {@code %d}/{@code %x} codes are expanded, after
     * reclaiming a stale socket file of that name.
     */
    @Override
    public ServerBinding bind(NpipeSpec spec, Link link, Function<? super NpipeSpec, ? extends TransportSpec> listed)
            throws TransportException {
        String actual = expander.get().expand(spec.pipe());
        PipeAccess access = PipeAccess.fromEnvironment();
        Path socket = directory.socketOf(actual);
        directory.ensureExists();
        StaleSockets.reclaim(actual, socket);
        ChannelFuture bound = new ServerBootstrap()
                .group(loops.boss(), loops.workers())
                .channel(NioServerDomainSocketChannel.class)
                .childHandler(new LinkInitializer(channel -> ConnectionInfo.ofPipe(link.label(), actual, peerUser.apply(channel)), link))
                .bind(UnixDomainSocketAddress.of(socket))
                .awaitUninterruptibly();
        if (!bound.isSuccess()) {
            if (bound.cause() instanceof BindException) {
                // Another server took the name between our probe and our bind.
                throw StaleSockets.inUse(actual);
            }
            throw new TransportException("cannot listen on pipe '" + actual + "' (" + socket + "): "
                    + bound.cause().getMessage(), bound.cause());
        }
        try {
            Files.setAttribute(socket, "unix:mode", access.mode());
        } catch (IOException | UnsupportedOperationException e) {
            bound.channel().close().awaitUninterruptibly();
            throw new TransportException("cannot set the permissions of " + socket + ": " + e.getMessage(), e);
        }
        return new Binding(bound.channel(), listed.apply(spec.withPipe(actual)));
    }

    private record Binding(Channel listener, TransportSpec spec) implements ServerBinding {
        @Override
        public Future<?> close() {
            return listener.close();
        }
    }
}
