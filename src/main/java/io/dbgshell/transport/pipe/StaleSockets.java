package io.dbgshell.transport.pipe;

import io.dbgshell.files.SharedDirectories;
import io.dbgshell.transport.TransportException;

import java.io.IOException;
import java.net.ConnectException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Makes a pipe's path free before a server binds it. A socket file there is probed by connecting:
 * an answer means a live server holds the name (refused); "connection refused" means its owner
 * died without removing it, so the file is stale and is deleted. Binding over the path directly
 * cannot tell the two apart. A file that vanishes while it is probed (its server just ended, or
 * another process reclaimed it) leaves the name free; the bind that follows settles any new race.
 */
final class StaleSockets {
    /** {@code S_IFMT} and {@code S_IFSOCK} of {@code st_mode}. */
    private static final int TYPE_MASK = 0170000;
    private static final int SOCKET_TYPE = 0140000;

    private StaleSockets() {
    }

    /** Connects to a socket file, as a client would. */
    @FunctionalInterface
    interface Probe {
        void connect(Path socket) throws IOException;
    }

    /** Returns normally when nothing is at {@code socket} any more. */
    static void reclaim(String pipe, Path socket) throws TransportException {
        reclaim(pipe, socket, StaleSockets::connect);
    }

    /** {@link #reclaim(String, Path)} with the probe given (tests make the file vanish during it). */
    static void reclaim(String pipe, Path socket, Probe probe) throws TransportException {
        int mode;
        try {
            mode = (Integer) Files.getAttribute(socket, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException absent) {
            return;
        } catch (IOException e) {
            throw new TransportException("pipe '" + pipe + "': cannot inspect " + socket + ": " + e.getMessage(), e);
        }
        if ((mode & TYPE_MASK) != SOCKET_TYPE) {
            throw new TransportException("pipe '" + pipe + "': " + socket + " exists and is not a socket");
        }
        try {
            probe.connect(socket);
        } catch (ConnectException refused) {
            delete(pipe, socket);
            return;
        } catch (IOException e) {
            if (Files.notExists(socket, LinkOption.NOFOLLOW_LINKS)) {
                return; // gone between the look and the probe: the name is free
            }
            throw probeFailed(pipe, socket, e);
        }
        throw inUse(pipe);
    }

    private static void connect(Path socket) throws IOException {
        try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            probe.connect(UnixDomainSocketAddress.of(socket));
        }
    }

    /** Another user's socket, live or not, is theirs ("Permission denied"); anything else is said as it is. */
    private static TransportException probeFailed(String pipe, Path socket, IOException e) {
        try {
            int owner = (Integer) Files.getAttribute(socket, "unix:uid", LinkOption.NOFOLLOW_LINKS);
            if (owner != SharedDirectories.currentUser()) {
                return new TransportException("pipe name '" + pipe + "' is already in use by another user (uid "
                        + owner + ")", e);
            }
        } catch (IOException | RuntimeException unknown) {
            // gone or unreadable now: fall through to the probe's own failure
        }
        return new TransportException("pipe '" + pipe + "': cannot tell whether " + socket + " is in use ("
                + e.getMessage() + ")", e);
    }

    static TransportException inUse(String pipe) {
        return new TransportException("pipe name '" + pipe + "' is already in use by a running server");
    }

    private static void delete(String pipe, Path socket) throws TransportException {
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            throw new TransportException("pipe name '" + pipe + "' is held by a stale socket file that cannot be removed ("
                    + socket + ": " + e.getMessage() + ")", e);
        }
    }
}
