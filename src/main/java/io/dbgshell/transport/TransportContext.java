package io.dbgshell.transport;

import io.dbgshell.config.Tunables;
import io.dbgshell.security.cert.CertStores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the transports of one process share, handed to each {@link TransportProvider}'s sides as
 * they are made: the event loops, the values of the settings, the certificate stores, where a waiting client reports progress,
 * this machine's name, and any resource a protocol keeps per process (a serial line is opened once
 * however many servers and clients use it). Closing the context closes those, then the loops.
 */
public final class TransportContext implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TransportContext.class);
    private final EventLoops loops;
    private final Tunables tunables;
    private final CertStores stores;
    private final Consumer<String> progress;
    private final String hostName;
    private final Map<Class<?>, Object> shared = new HashMap<>();
    private final List<AutoCloseable> closeables = new ArrayList<>();

    /**
     * @param progress where a client waiting for a reverse connection says so
     * @param hostName this machine's name, which a pipe client's {@code server=} must name
     */
    public TransportContext(EventLoops loops, Tunables tunables, CertStores stores, Consumer<String> progress,
                            String hostName) {
        this.loops = loops;
        this.tunables = tunables;
        this.stores = stores;
        this.progress = progress;
        this.hostName = hostName;
    }

    public EventLoops loops() {
        return loops;
    }

    /** The values of the transports' settings (time-outs, retries, serial timings). */
    public Tunables tunables() {
        return tunables;
    }

    public CertStores stores() {
        return stores;
    }

    public Consumer<String> progress() {
        return progress;
    }

    public String hostName() {
        return hostName;
    }

    /** The process's one {@code type}, made by {@code make} on first use; closed with the context if closeable. */
    public synchronized <T> T shared(Class<T> type, Supplier<T> make) {
        Object existing = shared.get(type);
        if (existing != null) {
            return type.cast(existing);
        }
        T made = make.get();
        shared.put(type, made);
        if (made instanceof AutoCloseable closeable) {
            closeables.add(closeable);
        }
        return made;
    }

    @Override
    public synchronized void close() {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            try {
                closeables.get(i).close();
            } catch (Exception e) {
                // At exit one resource that will not close must not keep the others, or the loops, open.
                LOG.warn("cannot close {}", closeables.get(i), e);
            }
        }
        loops.close();
    }
}
