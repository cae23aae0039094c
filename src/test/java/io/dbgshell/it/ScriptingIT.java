package io.dbgshell.it;

import io.dbgshell.testing.DbgshellProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Start-up scripts, start-up transcripts and the headless (-noio) host, with the real launcher. */
class ScriptingIT {
    private static final Duration EXIT = Duration.ofSeconds(20);
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    @TempDir
    Path home;

    private Path script(String name, String... lines) throws IOException {
        Path file = home.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theStartUpScriptRunsBeforeMinusCAndTheTypedLines() throws Exception {
        Path setup = script("setup.dbg", ".echo from the file; .echo still the file", ".echo ready for ${$arg1}");
        try (DbgshellProcess host = DbgshellProcess.start(home, "-cf", setup.toString(), "-c", ".echo from -c")) {
            host.type(".echo typed");
            host.closeInput();
            assertThat(host.awaitExit(EXIT)).isZero();
            assertThat(host.out.text()).startsWith("""
                    dbg> .echo from the file
                    from the file
                    dbg> .echo still the file
                    still the file
                    dbg> .echo ready for ${$arg1}
                    ready for ${$arg1}
                    dbg> .echo from -c
                    from -c
                    dbg> .echo typed
                    typed
                    """);
        }
    }

    @Test
    void aMissingStartUpScriptIsOneErrorAndTheHostStillStarts() {
        try (DbgshellProcess host = DbgshellProcess.start(home, "-cf", "no-such.dbg", "-c", ".echo started anyway")) {
            host.out.await("Error: script file 'no-such.dbg' not found\ndbg> .echo started anyway\nstarted anyway\n");
            host.closeInput();
            assertThat(host.awaitExit(EXIT)).isZero();
            assertThat(host.err.text()).isEmpty();
        }
    }

    @Test
    void aHeadlessHostIsDrivenByAClientAndEndedByQq() throws Exception {
        int port = freePort();
        Path log = home.resolve("headless.log");
        Path setup = script("setup.dbg", ".server tcp:port=" + port + ",password=Open5esame", ".echo headless up");
        try (DbgshellProcess host = DbgshellProcess.start(home, "-noio", "-logo", log.toString(), "-cf", setup.toString())) {
            awaitFile(log, "headless up\n");
            try (DbgshellProcess client = DbgshellProcess.start(home, "-remote",
                    "tcp:server=127.0.0.1,port=" + port + ",password=Open5esame")) {
                client.out.await("headless up\n");
                client.type(".echo hello host");
                client.out.await("hello host\n");
                client.type("qq");
                assertThat(client.awaitExit(EXIT)).isZero();
                assertThat(client.out.text()).contains("Session ended by ");
            }
            assertThat(host.awaitExit(EXIT)).isZero();
            assertThat(host.out.text()).isEmpty();
            assertThat(host.err.text()).isEmpty();
        }
        String transcript = Files.readString(log);
        assertThat(transcript).startsWith("Opened log file '" + log + "'\n")
                .contains("dbg> .server tcp:port=" + port + ",password=*\n")
                .containsPattern("\\(tcp 127\\.0\\.0\\.1:\\d+\\) dbg> \\.echo hello host\nhello host\n")
                .containsPattern("Session ended by .*\\(tcp 127\\.0\\.0\\.1:\\d+\\)\\.\n$")
                .doesNotContain("Open5esame");
    }

    @Test
    void aHeadlessHostStaysUpWithoutInputAndEndsCleanlyOnSigterm() throws Exception {
        int port = freePort();
        Path log = home.resolve("term.log");
        try (DbgshellProcess host = DbgshellProcess.start(home, "-noio", "-server", "tcp:port=" + port,
                "-loga", log.toString())) {
            host.closeInput(); // a headless host does not read its input, so end of input must not end it
            awaitFile(log, "Client can connect with");
            try (DbgshellProcess client = DbgshellProcess.start(home, "-remote", "tcp:server=127.0.0.1,port=" + port)) {
                client.type(".echo still here");
                client.out.await("still here\n");

                host.signalTerm();

                client.out.await("Session ended: the host was stopped.");
                assertThat(client.awaitExit(EXIT)).isZero();
            }
            assertThat(host.awaitExit(EXIT)).as("the JVM's exit code after SIGTERM, hooks done").isEqualTo(143);
            assertThat(host.out.text()).isEmpty();
        }
        assertThat(Files.readString(log)).contains("still here\n").endsWith("Session ended: the host was stopped.\n");
    }

    @Test
    void aTranscriptThatCannotBeOpenedStopsTheHost() {
        Path bad = home.resolve("no/such/dir/x.log");
        try (DbgshellProcess host = DbgshellProcess.start(home, "-logo", bad.toString())) {
            assertThat(host.awaitExit(EXIT)).isEqualTo(1);
            assertThat(host.err.text().strip())
                    .isEqualTo("Error: -logo: cannot open log file '" + bad + "': no such directory");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A headless host shows nothing, so readiness is read from its transcript, with a deadline. */
    private static void awaitFile(Path file, String expected) throws IOException {
        long deadline = System.nanoTime() + EXIT.toNanos();
        while (!Files.exists(file) || !Files.readString(file).contains(expected)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("'" + expected + "' never reached " + file);
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }
}
