package io.dbgshell.transport.tcp;

import io.dbgshell.config.Setting;

import java.time.Duration;

/** The tunables of the tcp transport; the values in force come from a {@link io.dbgshell.config.Tunables}. */
public final class TcpSettings {
    /** How long a connection attempt may take before the user is told the host does not answer. */
    public static final Setting<Duration> CONNECT_TIMEOUT = Setting.duration("tcp-connect-timeout", Duration.ofSeconds(10));
    /** A reverse server's first retry of dialling its client; each later one waits twice as long. Quick, since the client is often started a moment later. */
    public static final Setting<Duration> REVERSE_FIRST_RETRY = Setting.duration("reverse-first-retry", Duration.ofMillis(250));
    /** The longest wait between a reverse server's attempts; at least the first retry's. */
    public static final Setting<Duration> REVERSE_MAX_RETRY = Setting.duration("reverse-max-retry", Duration.ofSeconds(5));
    /** How long one of a reverse server's attempts may take. */
    public static final Setting<Duration> REVERSE_ATTEMPT_TIMEOUT = Setting.duration("reverse-attempt-timeout", Duration.ofSeconds(10));

    private TcpSettings() {
    }
}
