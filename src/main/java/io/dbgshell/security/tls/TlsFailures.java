package io.dbgshell.security.tls;

import javax.net.ssl.SSLException;
import java.nio.channels.ClosedChannelException;
import java.security.cert.CertificateException;
import java.util.Optional;

/**
 * Turns a failed TLS handshake into the one line a person needs. Netty and the JDK wrap the real reason
 * (a refused certificate, a time-out, an alert from the peer) several layers deep, so the cause chain is
 * searched for the most telling exception: a refused certificate says everything by itself (both
 * thumbprints); anything else is prefixed with {@value #PREFIX}.
 */
public final class TlsFailures {
    static final String PREFIX = "TLS handshake failed: ";

    private TlsFailures() {
    }

    public static String describe(Throwable failure) {
        return find(failure, CertificateException.class).map(Throwable::getMessage)
                // Netty's handshake time-out is an SSLException too and says how long it waited.
                .or(() -> find(failure, SSLException.class).map(e -> PREFIX + e.getMessage()))
                .or(() -> find(failure, ClosedChannelException.class).map(e -> PREFIX + "the connection was closed"))
                .orElseGet(() -> PREFIX + Optional.ofNullable(failure.getMessage()).orElse(failure.getClass().getSimpleName()));
    }

    private static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
