package io.dbgshell.transport.serial;

import io.dbgshell.config.Tunables;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One connection on one channel of a line, seen from this end: the bridge between the session's
 * Netty channel (through a local channel pair) and the frames on the line. Carries the byte stream
 * reliably with go-back-N (damaged frames are dropped by the decoder and sent again), sends a
 * HEARTBEAT every interval, and closes the session's channel when the peer sends CLOSE or stays
 * silent past the deadline. Closing the session's channel sends CLOSE once everything sent was
 * acknowledged (or the deadline passed). All state lives on one event loop.
 */
final class ComConnection extends ChannelInboundHandlerAdapter {
    private static final Logger log = LoggerFactory.getLogger(ComConnection.class);
    /** User-defined writability bit of the session's channel that this connection drives. */
    private static final int WRITABILITY_BIT = 1;
    private static final int FRAME_OVERHEAD = 16;

    private final SerialLine line;
    private final int channel;
    private final int session;
    private final EventLoop loop;
    private final Consumer<ComConnection> onEnded;
    private final int windowFrames;
    private final int highWaterBytes;
    private final int lowWaterBytes;
    private final Duration heartbeatInterval;
    private final Duration peerDeadline;
    private final Duration retransmitAfter;
    private final long retransmitNanos;
    private final SendWindow window;
    private volatile Channel bridge;
    private Channel sessionChannel;
    private int expected;
    private long lastHeard;
    private long lastProgress;
    private long closingSince;
    private boolean closing;
    private boolean peerClosed;
    private boolean ended;
    private ScheduledFuture<?> heartbeat;
    private ScheduledFuture<?> retransmit;

    ComConnection(SerialLine line, int channel, int session, EventLoop loop, Consumer<ComConnection> onEnded) {
        this.line = line;
        this.channel = channel;
        this.session = session;
        this.loop = loop;
        this.onEnded = onEnded;
        Tunables tunables = line.tunables();
        this.windowFrames = tunables.get(ComSettings.WINDOW);
        this.highWaterBytes = tunables.get(ComSettings.HIGH_WATER_BYTES);
        this.lowWaterBytes = tunables.get(ComSettings.LOW_WATER_BYTES);
        this.heartbeatInterval = tunables.get(ComSettings.HEARTBEAT_INTERVAL);
        this.peerDeadline = tunables.get(ComSettings.PEER_DEADLINE);
        this.retransmitAfter = tunables.get(ComSettings.RETRANSMIT_AFTER);
        this.window = new SendWindow(windowFrames);
        this.retransmitNanos = retransmitAfter.toNanos()
                + line.nanosOnWire((long) windowFrames * (FrameCodec.MAX_PAYLOAD + FRAME_OVERHEAD));
    }

    int session() {
        return session;
    }

    /** From the line's reader thread: hands the frame to the event loop. */
    void deliver(Frame frame) {
        if (!loop.isShuttingDown()) {
            loop.execute(() -> handle(frame));
        }
    }

    /** The peer is known to be gone (restarted, or the device failed): close without waiting. */
    void peerGone(String reason) {
        loop.execute(() -> {
            log.info("com {}/{}: {}", line.name(), channel, reason);
            peerClosed = true;
            closeBridge();
        });
    }

    /** The session's end of the local pair, whose writability follows the send queue. */
    void sessionChannel(Channel channel) {
        loop.execute(() -> sessionChannel = channel);
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        bridge = ctx.channel();
        lastHeard = lastProgress = System.nanoTime();
        long beat = heartbeatInterval.toNanos();
        heartbeat = loop.scheduleAtFixedRate(this::heartbeat, 0, beat, TimeUnit.NANOSECONDS);
        long check = retransmitAfter.toNanos() / 2;
        retransmit = loop.scheduleAtFixedRate(this::retransmitIfStalled, check, check, TimeUnit.NANOSECONDS);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf buf = (ByteBuf) msg;
        try {
            while (buf.isReadable()) {
                byte[] chunk = new byte[Math.min(buf.readableBytes(), FrameCodec.MAX_PAYLOAD)];
                buf.readBytes(chunk);
                window.offer(chunk);
            }
        } finally {
            buf.release();
        }
        pump();
        updateWritability();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (peerClosed) {
            end();
        } else {
            closing = true;
            closingSince = System.nanoTime();
            closeIfDrained();
        }
    }

    private void handle(Frame frame) {
        if (ended) {
            return;
        }
        lastHeard = System.nanoTime();
        switch (frame.type()) {
            case DATA -> receive(frame);
            case ACK -> acknowledged(frame.seq());
            case CLOSE -> {
                peerClosed = true;
                closeBridge();
            }
            default -> {
                // HEARTBEAT, or a repeated OPEN or ACCEPT: only proof that the peer is alive.
            }
        }
    }

    private void receive(Frame frame) {
        if (frame.seq() == expected) {
            expected = (expected + 1) & 0xFF;
            if (bridge.isActive()) {
                bridge.writeAndFlush(Unpooled.wrappedBuffer(frame.payload()));
            }
        }
        line.send(new Frame(FrameType.ACK, channel, session, expected, Frame.EMPTY));
    }

    private void acknowledged(int next) {
        if (window.acknowledge(next)) {
            lastProgress = System.nanoTime();
            pump();
            updateWritability();
            closeIfDrained();
        }
    }

    private void pump() {
        boolean wasIdle = window.unacknowledged().isEmpty();
        List<SendWindow.Chunk> fresh = window.release();
        if (wasIdle && !fresh.isEmpty()) {
            lastProgress = System.nanoTime();
        }
        fresh.forEach(this::sendData);
    }

    private void sendData(SendWindow.Chunk chunk) {
        line.send(new Frame(FrameType.DATA, channel, session, chunk.seq(), chunk.payload()));
    }

    private void retransmitIfStalled() {
        List<SendWindow.Chunk> pending = window.unacknowledged();
        if (!pending.isEmpty() && System.nanoTime() - lastProgress >= retransmitNanos) {
            pending.forEach(this::sendData);
            line.countRetransmit(pending.size());
            lastProgress = System.nanoTime();
        }
    }

    private void heartbeat() {
        line.send(Frame.control(FrameType.HEARTBEAT, channel, session));
        long now = System.nanoTime();
        long deadline = peerDeadline.toNanos();
        if (closing && now - closingSince > deadline) {
            sendCloseAndEnd();
        } else if (!closing && now - lastHeard > deadline) {
            log.info("com {}/{}: peer silent for {} ms, closing", line.name(), channel,
                    peerDeadline.toMillis());
            peerClosed = true;
            closeBridge();
        }
    }

    private void closeIfDrained() {
        if (closing && window.drained()) {
            sendCloseAndEnd();
        }
    }

    private void sendCloseAndEnd() {
        line.send(Frame.control(FrameType.CLOSE, channel, session));
        end();
    }

    private void closeBridge() {
        if (bridge != null) {
            bridge.close();
        }
    }

    private void updateWritability() {
        ChannelOutboundBuffer out = sessionChannel == null ? null : sessionChannel.unsafe().outboundBuffer();
        if (out == null) {
            return;
        }
        if (window.bufferedBytes() > highWaterBytes) {
            out.setUserDefinedWritability(WRITABILITY_BIT, false);
        } else if (window.bufferedBytes() < lowWaterBytes) {
            out.setUserDefinedWritability(WRITABILITY_BIT, true);
        }
    }

    private void end() {
        if (ended) {
            return;
        }
        ended = true;
        heartbeat.cancel(false);
        retransmit.cancel(false);
        onEnded.accept(this);
    }
}
