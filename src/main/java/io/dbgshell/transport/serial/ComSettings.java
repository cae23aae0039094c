package io.dbgshell.transport.serial;

import io.dbgshell.config.Setting;

import java.time.Duration;

/** The tunables of the com transport; the values in force come from a {@link io.dbgshell.config.Tunables}. */
public final class ComSettings {
    /** How often each side of a connection sends a HEARTBEAT frame. */
    public static final Setting<Duration> HEARTBEAT_INTERVAL = Setting.duration("com-heartbeat-interval", Duration.ofSeconds(1));
    /** Silence after which the peer of a connection counts as gone. */
    public static final Setting<Duration> PEER_DEADLINE = Setting.duration("com-peer-deadline", Duration.ofSeconds(5));
    /** How long a client announces itself (OPEN, repeated each heartbeat interval) before giving up. */
    public static final Setting<Duration> CONNECT_TIMEOUT = Setting.duration("com-connect-timeout", Duration.ofSeconds(10));
    /** Base wait for an acknowledgement before unacknowledged DATA is sent again; the window's time on the wire at the line's baud rate is added. */
    public static final Setting<Duration> RETRANSMIT_AFTER = Setting.duration("com-retransmit-after", Duration.ofMillis(300));
    /** DATA frames in flight without acknowledgement. At most 127: sequence numbers are one byte. */
    public static final Setting<Integer> WINDOW = Setting.between("com-window", 1, 127, 8);
    /** Queued outgoing bytes above which the session's channel turns unwritable. Netty's default water mark. */
    public static final Setting<Integer> HIGH_WATER_BYTES = Setting.positive("com-high-water-bytes", 64 * 1024);
    /** Queued outgoing bytes below which it turns writable again, at most the high water mark. Netty's default. */
    public static final Setting<Integer> LOW_WATER_BYTES = Setting.atLeast("com-low-water-bytes", 0, 32 * 1024);
    /** How long a device stays open after the last write, since closing discards what the far end has not read; the driver's queue's time on the wire is added. */
    public static final Setting<Duration> CLOSE_LINGER = Setting.delay("com-close-linger", Duration.ofMillis(200));
    /** How long opening waits for a line this process is just closing on the same device. */
    public static final Setting<Duration> REOPEN_WAIT = Setting.duration("com-reopen-wait", Duration.ofSeconds(2));
    /** How long one read of the device waits for bytes, which bounds how soon the reader notices a close. */
    public static final Setting<Duration> READ_POLL = Setting.duration("com-read-poll", Duration.ofMillis(100));
    /** Hardware flow control (RTS/CTS). Off by default because three-wire cables lack the lines. */
    public static final Setting<Boolean> RTS_CTS_FLOW_CONTROL = Setting.of("com-rts-cts-flow-control", Boolean.class, false);

    private ComSettings() {
    }
}
