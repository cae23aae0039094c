package io.dbgshell.transport.serial;

import io.dbgshell.transport.ConnectionInfo;
import io.dbgshell.transport.Link;
import io.dbgshell.transport.TransportException;
import io.dbgshell.transport.ClientTransport;
import io.netty.channel.Channel;
import io.netty.channel.EventLoop;

import java.time.Duration;
import java.security.SecureRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code com:} clients. A serial line has no connect, so the client announces itself: it sends OPEN
 * with a random session number on its channel every heartbeat interval until the server answers
 * ACCEPT, or gives up after the connect time-out.
 */
public final class ComClientTransport implements ClientTransport<ComSpec> {
    private static final int SESSION_NUMBERS = 256;

    private final SerialLines lines;
    private final SecureRandom random = new SecureRandom();
    private final Duration heartbeatInterval;
    private final Duration connectTimeout;

    public ComClientTransport(SerialLines lines) {
        this.lines = lines;
        this.heartbeatInterval = lines.tunables().get(ComSettings.HEARTBEAT_INTERVAL);
        this.connectTimeout = lines.tunables().get(ComSettings.CONNECT_TIMEOUT);
    }

    @Override
    public Channel connect(ComSpec com, Link link) throws TransportException {
        SerialLine line = lines.acquire(com);
        int sessionNumber = random.nextInt(SESSION_NUMBERS);
        ComDialer dialer = new ComDialer(sessionNumber);
        try {
            line.register(com.channel(), dialer);
        } catch (TransportException e) {
            line.release();
            throw e;
        }
        try {
            announce(line, com, sessionNumber, dialer);
            EventLoop loop = lines.nextLoop();
            ComConnection conn = new ComConnection(line, com.channel(), sessionNumber, loop, ended -> {
                line.unregister(com.channel(), dialer);
                line.release();
            });
            Channel channel = LocalPipe.open(loop, conn, link,
                    ConnectionInfo.of(link.label(), com.port() + "/" + com.channel()));
            conn.sessionChannel(channel);
            dialer.attach(conn);
            return channel;
        } catch (TransportException e) {
            line.unregister(com.channel(), dialer);
            line.release();
            throw e;
        }
    }

    private void announce(SerialLine line, ComSpec com, int sessionNumber, ComDialer dialer)
            throws TransportException {
        long interval = heartbeatInterval.toNanos();
        long deadline = System.nanoTime() + connectTimeout.toNanos();
        while (System.nanoTime() < deadline) {
            line.send(Frame.control(FrameType.OPEN, com.channel(), sessionNumber));
            try {
                dialer.accepted().get(interval, TimeUnit.NANOSECONDS);
                return;
            } catch (TimeoutException e) {
                // Not answered yet: the OPEN may have been damaged, or the server is not up; ask again.
            } catch (ExecutionException e) {
                throw new TransportException(e.getCause().getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransportException("interrupted while connecting to serial port " + com.port(), e);
            }
        }
        throw new TransportException("no server answered on serial port " + com.port() + " channel " + com.channel()
                + " within " + connectTimeout.toMillis() + " ms");
    }
}
