package io.dbgshell.discovery;

import io.dbgshell.transport.spec.TransportSpec;
import io.dbgshell.server.ServerEntry;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

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
    private static final String NO_START = "unknown";

    /** The record of {@code server} of this process. */
    static ServerRecord of(ServerEntry server) {
        ProcessHandle self = ProcessHandle.current();
        return new ServerRecord(self.pid(), self.info().startInstant(), server.id(), server.spec().protocol().label(),
                KIND + " - " + server.spec().publicListing());
    }

    /** The file's name: unique per process and server. */
    String fileName() {
        return processId + "-" + serverId + ".server";
    }

    /**
     * The file's text, which {@link Properties#load} reads back. Written here rather than by
     * {@link Properties#store}, which heads every file with the date in the local time zone: looking
     * that zone and its names up cost some 20 ms of a server's start, for a line nobody reads.
     */
    String format() {
        return "pid=" + processId + "\n"
                + "start=" + processStart.map(ServerRecord::instantText).orElse(NO_START) + "\n"
                + "server=" + serverId + "\n"
                + "protocol=" + escaped(protocol) + "\n"
                + "line=" + escaped(line) + "\n";
    }

    /**
     * {@code value} as a properties file's value: a backslash, a line break and the other characters
     * {@link Properties#load} reads as escapes or as the end of a line are escaped, and so is a
     * leading blank, which it would drop. The file is read as UTF-8, so other characters stay.
     */
    static String escaped(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                case ' ' -> out.append(i == 0 ? "\\ " : " ");
                default -> out.append(c);
            }
        }
        return out.toString();
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
        Properties fields = new Properties();
        try {
            fields.load(new StringReader(text));
            String start = fields.getProperty("start");
            return Optional.of(new ServerRecord(Long.parseLong(fields.getProperty("pid")),
                    start == null || start.equals(NO_START) ? Optional.empty() : Optional.of(Instant.parse(start)),
                    Integer.parseInt(fields.getProperty("server")), fields.getProperty("protocol", ""),
                    fields.getProperty("line", "")))
                    .filter(r -> !r.line().isEmpty());
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            // a number that is not one, or a malformed unicode escape (both IllegalArgumentExceptions): not a record
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
