package io.dbgshell.discovery;

import io.dbgshell.transport.spec.TransportSpec;
import io.dbgshell.server.ServerEntry;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One registered server as its discovery file holds it: the owning process (id and start time,
 * so a reused process id is not mistaken for the owner), the server's id in that process, its
 * protocol (for ordering) and the line {@code -QR} prints.
 *
 * @param processStart empty where the operating system does not report start times
 */
public record ServerRecord(long processId, Optional<Instant> processStart, int serverId, String protocol,
                           String line) {
    /** What {@code -QR} calls every server of this program. */
    static final String KIND = "Debugger Server";
    /** The password never shows in discovery, not even masked: the listing leaves it out. */
    private static final Pattern MASKED_PASSWORD = Pattern.compile(",?Password=\\*");
    private static final String NO_START = "unknown";

    /** The record of {@code server} of this process. */
    static ServerRecord of(ServerEntry server) {
        ProcessHandle self = ProcessHandle.current();
        return new ServerRecord(self.pid(), self.info().startInstant(), server.id(), server.spec().protocol().label(),
                KIND + " - " + MASKED_PASSWORD.matcher(server.listing()).replaceFirst("").replace(":,", ":"));
    }

    /** The file's name: unique per process and server. */
    String fileName() {
        return processId + "-" + serverId + ".server";
    }

    String format() {
        return "pid=" + processId + "\n"
                + "start=" + processStart.map(ServerRecord::instantText).orElse(NO_START) + "\n"
                + "server=" + serverId + "\n"
                + "protocol=" + protocol + "\n"
                + "line=" + line + "\n";
    }

    /**
     * {@code instant} as {@link Instant#toString()} writes it (and {@link Instant#parse} reads it), for
     * any year a process can have started in. Written out because the first {@code Instant.toString}
     * sets up java.time's formatters, 6-10 ms of a server's start before its first line.
     */
    static String instantText(Instant instant) {
        LocalDateTime utc = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        // LocalDateTime leaves out zero seconds when there is no fraction either; Instant never does
        return utc + (utc.getSecond() == 0 && utc.getNano() == 0 ? ":00Z" : "Z");
    }

    /** The record in {@code text}; empty when the text is not a whole record. */
    static Optional<ServerRecord> parse(String text) {
        Map<String, String> fields = new HashMap<>();
        for (String row : text.split("\n")) {
            int equals = row.indexOf('=');
            if (equals > 0) {
                fields.put(row.substring(0, equals), row.substring(equals + 1));
            }
        }
        try {
            String start = fields.get("start");
            return Optional.of(new ServerRecord(Long.parseLong(fields.get("pid")),
                    start == null || start.equals(NO_START) ? Optional.empty() : Optional.of(Instant.parse(start)),
                    Integer.parseInt(fields.get("server")), fields.getOrDefault("protocol", ""),
                    fields.getOrDefault("line", "")))
                    .filter(r -> !r.line().isEmpty());
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether the process that wrote this record still runs (the same process, not a reuse of its id). */
    boolean ownerAlive() {
        return ProcessHandle.of(processId)
                .filter(ProcessHandle::isAlive)
                .map(p -> processStart.isEmpty() || p.info().startInstant().equals(processStart))
                .orElse(false);
    }
}
