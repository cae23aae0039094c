package io.dbgshell.security.tls;

import io.dbgshell.config.Setting;

import java.time.Duration;

/** The tunables of TLS; the values in force come from a {@link io.dbgshell.config.Tunables}. */
public final class TlsSettings {
    /** How long a TLS handshake may take before the connection is dropped. */
    public static final Setting<Duration> HANDSHAKE_TIMEOUT = Setting.duration("tls-handshake-timeout", Duration.ofSeconds(10));

    private TlsSettings() {
    }
}
