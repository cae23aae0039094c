package io.dbgshell.discovery;

import io.dbgshell.files.UserFiles;
import io.dbgshell.transport.standard.StandardProtocols;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Lists the servers registered on this machine whose processes still run, for {@code -QR}.
 * Files of dead processes are never listed, and are deleted where this user may delete them.
 * Order: by protocol (as {@link StandardProtocols} lists them: npipe, tcp, com, ssl, spipe), then process
 * id, then server id.
 */
public final class ServerDiscovery {
    /** Far more than a record holds (one line of a few fields); a larger file is not a record. */
    static final int MAX_RECORD_BYTES = 4096;
    private static final Logger LOG = LoggerFactory.getLogger(ServerDiscovery.class);
    private static final Comparator<ServerRecord> ORDER = Comparator
            .comparingInt((ServerRecord r) -> protocolRank(r.protocol()))
            .thenComparingLong(ServerRecord::processId)
            .thenComparingInt(ServerRecord::serverId);

    private final DiscoveryDirectory directory;

    public ServerDiscovery(DiscoveryDirectory directory) {
        this.directory = directory;
    }

    /** The {@code -QR} lines of the live servers, e.g. {@code Debugger Server - tcp:Port=7007}. */
    public List<String> lines() {
        return live().stream().sorted(ORDER).map(ServerRecord::line).toList();
    }

    private List<ServerRecord> live() {
        List<ServerRecord> records = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory.path(), "[!.]*.server")) {
            for (Path file : files) {
                read(file).ifPresent(record -> {
                    if (record.ownerAlive()) {
                        records.add(record);
                    } else {
                        removeStale(file);
                    }
                });
            }
        } catch (NoSuchFileException nothingRegisteredYet) {
            return records;
        } catch (IOException e) {
            LOG.warn("cannot list the discovery directory {}", directory.path(), e);
        }
        return records;
    }

    private static Optional<ServerRecord> read(Path file) {
        try {
            // any user may put anything in the shared directory: a FIFO or a huge file must not hang -QR
            Optional<ServerRecord> record = ServerRecord.parse(
                    new String(UserFiles.DEFAULT.read(file, MAX_RECORD_BYTES), StandardCharsets.UTF_8));
            if (record.isEmpty()) {
                LOG.debug("ignoring malformed discovery file {}", file);
            }
            return record;
        } catch (IOException e) {
            // Removed by its owner while we listed, or unreadable: either way not a server to show.
            LOG.debug("cannot read discovery file {}", file, e);
            return Optional.empty();
        }
    }

    private static void removeStale(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Another user's file in the sticky directory: theirs to remove, we just do not list it.
            LOG.debug("cannot remove stale discovery file {}", file, e);
        }
    }

    private static int protocolRank(String label) {
        return StandardProtocols.rank(label);
    }
}
