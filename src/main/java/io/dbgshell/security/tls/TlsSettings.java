package io.dbgshell.security.tls;

import java.time.Duration;

/** TLS tunables with their defaults; transports pass their own (tests: shrunk) values where these are parameters. */
public final class TlsSettings {
    /** How long a TLS handshake may take before the connection is dropped. */
    public static final Duration DEFAULT_HANDSHAKE_TIMEOUT = Duration.ofSeconds(10);

    private TlsSettings() {
    }
}
