package io.dbgshell.transport.serial;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A client on one channel of a line: waits for the server's ACCEPT of its session number, then
 * routes that session's frames to its connection (frames of its session arriving before the
 * connection is attached, even before the ACCEPT, are kept for it).
 */
final class ComDialer implements FrameSink {
    private final int session;
    private final CompletableFuture<Void> accepted = new CompletableFuture<>();
    private final List<Frame> early = new ArrayList<>();
    private ComConnection connection;

    ComDialer(int session) {
        this.session = session;
    }

    CompletableFuture<Void> accepted() {
        return accepted;
    }

    @Override
    public synchronized boolean accept(Frame frame) {
        if (frame.session() != session) {
            return false;
        }
        if (frame.type() == FrameType.ACCEPT) {
            accepted.complete(null);
        }
        if (connection != null) {
            connection.deliver(frame);
        } else {
            // The server's first DATA (its greeting) may overtake its ACCEPT: keep it, not wait for a resend.
            early.add(frame);
        }
        return true;
    }

    synchronized void attach(ComConnection conn) {
        connection = conn;
        early.forEach(conn::deliver);
        early.clear();
    }

    @Override
    public synchronized void lineLost(String reason) {
        accepted.completeExceptionally(new IllegalStateException(reason));
        if (connection != null) {
            connection.peerGone(reason);
        }
    }
}
