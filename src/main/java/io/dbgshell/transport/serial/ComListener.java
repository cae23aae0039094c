package io.dbgshell.transport.serial;

import io.dbgshell.transport.ConnectionInfo;
import io.dbgshell.transport.Link;
import io.dbgshell.transport.TransportException;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A server on one channel of a line: answers a client's OPEN with ACCEPT and a new connection whose
 * channel the session initializer sets up. One client per channel at a time (the far end of a line is
 * one process); an OPEN with a new session number means that client restarted, and replaces the old
 * connection. Stopping leaves the current connection up; the channel is given back when both are done.
 */
final class ComListener implements FrameSink {
    private static final Logger log = LoggerFactory.getLogger(ComListener.class);

    private final SerialLines lines;
    private final SerialLine line;
    private final int channel;
    private final Link link;
    private final ConnectionInfo info;
    private final AtomicReference<ComConnection> current = new AtomicReference<>();
    private final AtomicBoolean released = new AtomicBoolean();
    private volatile boolean listening = true;

    ComListener(SerialLines lines, SerialLine line, int channel, Link link) {
        this.lines = lines;
        this.line = line;
        this.channel = channel;
        this.link = link;
        this.info = ConnectionInfo.ofSerial(link.label(), line.name(), channel);
    }

    @Override
    public boolean accept(Frame frame) {
        ComConnection conn = current.get();
        if (frame.type() == FrameType.OPEN) {
            return open(frame, conn);
        }
        if (conn != null && conn.session() == frame.session()) {
            conn.deliver(frame);
            return true;
        }
        return false;
    }

    private boolean open(Frame frame, ComConnection existing) {
        if (existing != null && existing.session() == frame.session()) {
            // Our ACCEPT was lost and the client asks again.
            sendAccept(frame.session());
            existing.deliver(frame);
            return true;
        }
        if (!listening) {
            return false;
        }
        if (existing != null) {
            existing.peerGone("client announced a new connection; closing the previous one");
        }
        EventLoop loop = lines.nextLoop();
        if (!line.retain()) {
            return false; // the line is shutting down: no user to add, and none to release later
        }
        ComConnection conn = new ComConnection(line, channel, frame.session(), loop, this::ended);
        try {
            conn.sessionChannel(LocalPipe.open(loop, conn, link, info));
        } catch (TransportException e) {
            log.warn(e.getMessage(), e);
            line.release();
            return true;
        }
        current.set(conn);
        sendAccept(frame.session());
        return true;
    }

    private void sendAccept(int sessionNumber) {
        line.send(Frame.control(FrameType.ACCEPT, channel, sessionNumber));
    }

    private void ended(ComConnection conn) {
        current.compareAndSet(conn, null);
        line.release();
        releaseIfIdle();
    }

    /** No more connections; the one up now stays. */
    void stop() {
        listening = false;
        releaseIfIdle();
    }

    @Override
    public void lineLost(String reason) {
        ComConnection conn = current.get();
        if (conn != null) {
            conn.peerGone(reason);
        }
    }

    private void releaseIfIdle() {
        if (!listening && current.get() == null && released.compareAndSet(false, true)) {
            line.unregister(channel, this);
            line.release();
        }
    }
}
