package io.dbgshell.protocol;

import io.dbgshell.config.Setting;

import java.time.Duration;

/** The tunables of the wire both sides speak; the values in force come from a {@link io.dbgshell.config.Tunables}. */
public final class ProtocolSettings {
    /** A connection that has not completed the handshake by then is closed (host) or given up (client). */
    public static final Setting<Duration> HANDSHAKE_TIMEOUT = Setting.duration("handshake-timeout", Duration.ofSeconds(10));
    /** Largest frame accepted from a peer; a larger length closes the connection. Senders keep to the default, which every peer enforces. */
    public static final Setting<Integer> MAX_FRAME_BYTES = Setting.positive("max-frame-bytes", 1 << 20);

    private ProtocolSettings() {
    }
}
