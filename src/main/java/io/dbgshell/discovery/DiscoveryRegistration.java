package io.dbgshell.discovery;

import io.dbgshell.server.ServerEntry;
import io.dbgshell.server.ServerListener;
import io.dbgshell.transport.spec.TransportSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Registers this process's discoverable servers: a file per running server that is neither
 * hidden nor reverse, written when it starts and removed when it stops or the process exits.
 * A process that is killed leaves its files behind; listings skip them because the owner is dead.
 * Failing to register never stops a server: it is logged and the server simply stays unlisted.
 */
public final class DiscoveryRegistration implements ServerListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DiscoveryRegistration.class);
    /** {@code rw-r--r--}: every user's {@code -QR} reads it; only hidden servers are secret, and they are not written. */
    private static final int READABLE_BY_ALL = 0644;

    private final DiscoveryDirectory directory;
    private final Map<Integer, Path> registered = new ConcurrentHashMap<>();

    public DiscoveryRegistration(DiscoveryDirectory directory) {
        this.directory = directory;
    }

    /** Registers servers in the directory from the environment, and removes their files when the JVM exits normally. */
    public static DiscoveryRegistration forThisProcess() {
        DiscoveryRegistration registration = new DiscoveryRegistration(DiscoveryDirectory.fromEnvironment());
        Runtime.getRuntime().addShutdownHook(new Thread(registration::close, "dbgshell-discovery-cleanup"));
        return registration;
    }

    @Override
    public void started(ServerEntry server) {
        TransportSpec spec = server.spec();
        if (spec.hidden() || spec.reverse()) {
            return;
        }
        ServerRecord record = ServerRecord.of(server);
        try {
            Path dir = directory.ensureExists();
            Path file = dir.resolve(record.fileName());
            // Written beside and renamed, so a listing never reads half a file. The partial file's name
            // is as predictable as the final one (no random name: seeding SecureRandom for it cost a
            // server's start 20-50 ms); one left by a killed process with this pid is ours to remove,
            // and CREATE_NEW never follows a link another user put there.
            Path partial = dir.resolve("." + record.fileName() + ".partial");
            Files.deleteIfExists(partial);
            Files.writeString(partial, record.format(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.setAttribute(partial, "unix:mode", READABLE_BY_ALL);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            registered.put(server.id(), file);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("cannot register server {} for discovery in {}", server.id(), directory.path(), e);
        }
    }

    @Override
    public void stopped(ServerEntry server) {
        unregister(server.id());
    }

    /** Removes every file still registered. */
    @Override
    public void close() {
        registered.keySet().forEach(this::unregister);
    }

    private void unregister(int id) {
        Path file = registered.remove(id);
        if (file != null) {
            delete(file);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("cannot remove the discovery file {}", file, e);
        }
    }
}
