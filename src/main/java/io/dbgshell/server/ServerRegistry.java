package io.dbgshell.server;

import io.dbgshell.transport.ServerBinding;
import io.dbgshell.transport.TransportException;
import io.dbgshell.transport.spec.TransportSpec;
import io.dbgshell.transport.Transports;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * This session's servers, with ids from 0 in creation order. An ended server keeps its slot, as in
 * WinDbg. Starting and ending happen on the session's executor; listings may be read from anywhere.
 */
public final class ServerRegistry {
    private final Transports transports;
    private final Function<TransportSpec, ChannelInitializer<Channel>> session;
    private final List<ServerEntry> entries = new CopyOnWriteArrayList<>();
    private final List<ServerListener> listeners = new CopyOnWriteArrayList<>();
    private final Consumer<String> notices;

    /**
     * @param session for a server's spec, the initializer each of its connections gets above the
     *                transport's handlers (it knows that server's password and access)
     * @param notices where to report a server that stopped by itself (the session's output)
     */
    public ServerRegistry(Transports transports, Function<TransportSpec, ChannelInitializer<Channel>> session,
                          Consumer<String> notices) {
        this.transports = transports;
        this.session = session;
        this.notices = notices;
    }

    public void addListener(ServerListener listener) {
        listeners.add(listener);
    }

    /** Binds a new server; nothing is registered unless it is listening. */
    public ServerEntry start(TransportSpec spec) throws TransportException {
        ServerBinding binding = transports.bind(spec, session.apply(spec));
        ServerEntry entry;
        synchronized (entries) {
            entry = new ServerEntry(entries.size(), binding);
            entries.add(entry);
        }
        listeners.forEach(l -> l.started(entry));
        binding.lost().thenAccept(reason -> lost(entry, reason));
        return entry;
    }

    private void lost(ServerEntry entry, String reason) {
        if (entry.state() == ServerState.RUNNING) {
            entry.state(ServerState.LOST, reason);
            listeners.forEach(l -> l.stopped(entry));
            notices.accept("Server " + entry.id() + " (" + entry.listing() + ") ended: " + reason);
        }
    }

    /** {@code .endsrv}: stops accepting new clients on that server; its clients stay. */
    public void end(int id) throws ServerException {
        if (id < 0 || id >= entries.size()) {
            throw new ServerException("no server with id " + id + " (see .servers)");
        }
        ServerEntry entry = entries.get(id);
        if (entry.state() != ServerState.RUNNING) {
            throw new ServerException("server " + id + " has already ended");
        }
        disable(entry);
    }

    private void disable(ServerEntry entry) {
        entry.state(ServerState.DISABLED, "");
        // waited for, so a client that tries after .endsrv has answered is refused, not accepted by a listener still closing
        entry.binding().close().awaitUninterruptibly();
        listeners.forEach(l -> l.stopped(entry));
    }

    public List<ServerEntry> list() {
        return List.copyOf(entries);
    }

    /** Stops every running server, when the session ends. */
    public void closeAll() {
        for (ServerEntry entry : entries) {
            if (entry.state() == ServerState.RUNNING) {
                disable(entry);
            }
        }
    }
}
