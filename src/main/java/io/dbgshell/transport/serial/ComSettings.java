package io.dbgshell.transport.serial;

import java.time.Duration;

/**
 * Every tunable of the com transport in one place; tests shrink the times.
 *
 * @param heartbeatInterval how often each side of a connection sends a HEARTBEAT frame
 * @param peerDeadline      silence after which the peer of a connection counts as gone
 * @param connectTimeout    how long a client announces itself (OPEN, repeated each heartbeat interval)
 *                          before giving up
 * @param retransmitAfter   base wait for an acknowledgement before unacknowledged DATA is sent again;
 *                          the time the window needs on the wire at the line's baud rate is added
 * @param maxPayload        largest DATA payload per frame in bytes
 * @param window            DATA frames in flight without acknowledgement (at most 127: sequence numbers are one byte)
 * @param highWaterBytes    queued outgoing bytes above which the session's channel turns unwritable
 * @param lowWaterBytes     queued outgoing bytes below which it turns writable again
 * @param closeLinger       how long a device stays open after the last write, since closing discards
 *                          what the far end has not read yet (the time the driver's queue needs on
 *                          the wire is added)
 * @param rtsCtsFlowControl hardware flow control; off by default because three-wire cables lack the lines
 */
public record ComSettings(Duration heartbeatInterval, Duration peerDeadline, Duration connectTimeout,
                          Duration retransmitAfter, int maxPayload, int window, int highWaterBytes,
                          int lowWaterBytes, Duration closeLinger, boolean rtsCtsFlowControl) {

    public static final Duration HEARTBEAT_INTERVAL = Duration.ofSeconds(1);
    public static final Duration PEER_DEADLINE = Duration.ofSeconds(5);
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration RETRANSMIT_AFTER = Duration.ofMillis(300);
    public static final int MAX_PAYLOAD = 256;
    public static final int WINDOW = 8;
    /** Netty's default write-buffer water marks. */
    public static final int HIGH_WATER_BYTES = 64 * 1024;
    public static final int LOW_WATER_BYTES = 32 * 1024;

    public static final Duration CLOSE_LINGER = Duration.ofMillis(200);

    public static final ComSettings DEFAULTS = new ComSettings(HEARTBEAT_INTERVAL, PEER_DEADLINE, CONNECT_TIMEOUT,
            RETRANSMIT_AFTER, MAX_PAYLOAD, WINDOW, HIGH_WATER_BYTES, LOW_WATER_BYTES, CLOSE_LINGER, false);

    public ComSettings {
        if (window < 1 || window > 127) {
            throw new IllegalArgumentException("window must be 1..127: " + window);
        }
        if (maxPayload < 1 || lowWaterBytes > highWaterBytes) {
            throw new IllegalArgumentException("bad payload size or water marks");
        }
    }

    /** These settings with other heartbeat timing, for tests. */
    public ComSettings withTiming(Duration heartbeat, Duration deadline, Duration connect) {
        return new ComSettings(heartbeat, deadline, connect, retransmitAfter, maxPayload, window, highWaterBytes,
                lowWaterBytes, closeLinger, rtsCtsFlowControl);
    }
}
