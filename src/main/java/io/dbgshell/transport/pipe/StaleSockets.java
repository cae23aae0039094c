package io.dbgshell.transport.pipe;

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
 * cannot tell the two apart.
 */
final class StaleSockets {
    /** {@code S_IFMT} and {@code S_IFSOCK} of {@code st_mode}. */
    private static final int TYPE_MASK = 0170000;
    private static final int SOCKET_TYPE = 0140000;

    private StaleSockets() {
    }

    /** Returns normally when nothing is at {@code socket} any more. */
    static void reclaim(String pipe, Path socket) throws TransportException {
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
        try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            probe.connect(UnixDomainSocketAddress.of(socket));
        } catch (ConnectException refused) {
            delete(pipe, socket);
            return;
        } catch (IOException e) {
            // Typically "Permission denied": another user's socket, live or not, which we may not take over.
            throw new TransportException("pipe name '" + pipe + "' is already in use by another user ("
                    + socket + ": " + e.getMessage() + ")", e);
        }
        throw inUse(pipe);
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
