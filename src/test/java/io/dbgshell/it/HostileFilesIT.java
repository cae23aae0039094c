package io.dbgshell.it;

import io.dbgshell.files.Fifos;
import io.dbgshell.testing.DbgshellProcess;
import io.dbgshell.testing.TextLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files that block, fill up or never end, and a host stuck on one, with the real launcher: the
 * session answers, everyone hears when the transcript stops, and SIGTERM ends a stuck host within
 * seconds, leaving no socket or discovery file behind.
 */
class HostileFilesIT {
    private static final Duration EXIT = Duration.ofSeconds(20);
    /** Two stop graces (HostMode.STOP_GRACE, 3 s each) and JVM exit, with room for a loaded machine. */
    private static final Duration STOPPED = Duration.ofSeconds(12);
    /** Output read to know the flood has begun: a small part of the 600 KB it prints. */
    private static final int STARTED_BYTES = 16 * 1024;
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    @TempDir
    Path home;

    private Map<String, String> sharedDirectories() {
        return Map.of("DBGSHELL_PIPE_DIR", home.resolve("pipes").toString(),
                "DBGSHELL_DISCOVERY_DIR", home.resolve("servers").toString());
    }

    @Test
    void aFifoNamedAsScriptOrTranscriptIsRefusedAndTheSessionGoesOn() throws Exception {
        Path fifo = Fifos.make(home.resolve("f"));
        try (DbgshellProcess host = DbgshellProcess.start(home)) {
            host.type("$<" + fifo);
            host.type(".logopen " + fifo);
            host.type(".echo still answering");
            host.out.await("still answering\n");
            assertThat(host.out.text())
                    .contains("Error: script file '" + fifo + "' is a FIFO, not a regular file\n")
                    .contains("Error: cannot open log file '" + fifo + "': it is a FIFO, not a regular file\n");
            host.type("q");
            assertThat(host.awaitExit(EXIT)).isZero();
        }
    }

    @Test
    void aTranscriptStoppedByAFailedWriteIsAnnounced() throws Exception {
        Path transcript = home.resolve("t.log");
        String line = ".echo " + "y".repeat(1000);
        Path script = Files.writeString(home.resolve("big.dbg"), (line + "\n").repeat(20), StandardCharsets.UTF_8);
        // the kernel refuses writes past 8 KiB (EFBIG): a disk that fills up while the transcript runs
        List<String> command = List.of("bash", "-c", "ulimit -f 8 && exec \"$0\" \"$@\"",
                DbgshellProcess.launcher().toString(), "-logo", transcript.toString(), "-cf", script.toString());
        Process process = start(command, Map.of());
        TextLog out = new TextLog();
        pump(process, out);
        try {
            out.await("Error: log file '" + transcript + "' stopped: a write failed (File too large);"
                    + " the session is no longer recorded\n");
            process.getOutputStream().write(".echo after the stop\n".getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            out.await("after the stop\n");
            assertThat(process.waitFor(EXIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
            assertThat(Files.size(transcript)).isLessThanOrEqualTo(8 * 1024);
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void sigtermEndsAHostStuckInACommandAndRemovesItsFiles() throws Exception {
        // the session thread is stuck writing output nobody reads: stdout is a pipe this test never drains
        Path script = Files.writeString(home.resolve("flood.dbg"), (".echo " + "z".repeat(200) + "\n").repeat(3000));
        List<String> command = List.of(DbgshellProcess.launcher().toString(), "-server", "npipe:pipe=stuckhost",
                "-cf", script.toString());
        Process process = start(command, sharedDirectories());
        try {
            Path socket = home.resolve("pipes").resolve("stuckhost");
            awaitTrue(() -> Files.exists(socket) && records().size() == 1, "socket and discovery record");
            // the script is running (its output comes), and then nothing reads what follows
            byte[] start = process.getInputStream().readNBytes(STARTED_BYTES);
            assertThat(new String(start, StandardCharsets.UTF_8)).contains(".echo zzz");

            long sent = System.nanoTime();
            // SIGTERM through the handle: Process.destroy would also close our end of stdout, unsticking the host
            process.toHandle().destroy();
            boolean exited = process.waitFor(STOPPED.toMillis(), TimeUnit.MILLISECONDS);
            long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);

            assertThat(exited).as("exited within " + STOPPED + " of SIGTERM").isTrue();
            System.out.println("SIGTERM to exit of a stuck host: " + tookMillis + " ms");
            assertThat(socket).doesNotExist();
            assertThat(records()).isEmpty();
        } finally {
            process.destroyForcibly();
        }
    }

    private List<Path> records() throws IOException {
        Path servers = home.resolve("servers");
        if (!Files.isDirectory(servers)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(servers)) {
            return files.filter(file -> !file.getFileName().toString().startsWith(".")).toList();
        }
    }

    private Process start(List<String> command, Map<String, String> env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command));
        builder.environment().put("DBGSHELL_HOME", home.toString());
        builder.environment().put("DBGSHELL_JAVA_OPTS", "-Duser.language=en -Duser.country=US");
        builder.environment().putAll(env);
        builder.redirectError(home.resolve("stderr.txt").toFile());
        return builder.start();
    }

    private static void pump(Process process, TextLog log) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (var in = process.getInputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    log.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                log.append("\n[stdout failed: " + e + "]\n");
            }
        }, "stdout-pump");
        pump.setDaemon(true);
        pump.start();
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws IOException;
    }

    private static void awaitTrue(Check check, String what) throws IOException {
        long deadline = System.nanoTime() + TextLog.DEFAULT_WAIT.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " within " + TextLog.DEFAULT_WAIT);
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }
}
