package io.dbgshell.session;

import io.dbgshell.testing.TestTransports;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.testing.TestClient;
import io.dbgshell.testing.TestHost;
import io.dbgshell.testing.TextLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.dbgshell.testing.Identities.ALICE;
import static io.dbgshell.testing.Identities.BOB;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code .logopen} and friends in a real session with real clients, checked against the file on disk. */
class TranscriptTest {
    private static final String PASSWORD = "Sesame42";

    @TempDir
    Path dir;
    @RegisterExtension
    final TestHost host = new TestHost(TestTransports::tcp, TestHost.fastSettings());

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void theTranscriptHoldsWhatTheHostsConsoleShowsWithPrefixesAndNoticesButNoPassword() throws Exception {
        Path log = dir.resolve("session.log");
        String opened = host.shownFor(".logopen /t " + log);
        Matcher name = Pattern.compile("Opened log file '(.*session_[0-9A-F]{4,}_\\d{4}-\\d\\d-\\d\\d_\\d\\d-\\d\\d-\\d\\d-\\d{3}\\.log)'")
                .matcher(opened);
        assertThat(name.find()).as(opened).isTrue();
        Path file = Path.of(name.group(1));

        ServerEntry server = host.startServer("tcp:port=0,password=" + PASSWORD);
        String client = "tcp:server=127.0.0.1,port=" + TestTransports.port(server.spec()) + ",password=" + PASSWORD;
        try (TestClient alice = TestClient.join(host.transports, client, ALICE);
             TestClient bob = TestClient.join(host.transports, client, BOB)) {
            host.console.log.await("BOBBOX\\bob (tcp 127.0.0.1:");
            alice.type(".echo hello from alice");
            host.console.log.await("hello from alice\n");
            bob.type(".echo tell them password=" + PASSWORD);
            host.console.log.await("tell them password=");
            alice.type("q");
            host.console.log.awaitPattern("ALICEBOX\\\\alice \\(tcp [^)]*\\) disconnected at ");
            host.shownFor(".logfile");
        }
        host.session.end("Session ended by the host.");
        host.console.log.await("Session ended by the host.\n");
        host.session.ended().toCompletableFuture().join();

        String transcript = read(file);
        assertThat(transcript)
                .startsWith("Opened log file '" + file + "'\n")
                .contains("dbg> .server tcp:port=0,password=*\n")
                .containsPattern("Server started with 'tcp:port=0,password=\\*' as 'tcp:Port=\\d+,Password=\\*'\n")
                .containsPattern("ALICEBOX\\\\alice \\(tcp 127\\.0\\.0\\.1:\\d+\\) connected at ")
                .containsPattern("BOBBOX\\\\bob \\(tcp 127\\.0\\.0\\.1:\\d+\\) connected at ")
                .containsPattern("ALICEBOX\\\\alice \\(tcp 127\\.0\\.0\\.1:\\d+\\) dbg> \\.echo hello from alice\nhello from alice\n")
                .containsPattern("BOBBOX\\\\bob \\(tcp 127\\.0\\.0\\.1:\\d+\\) dbg> \\.echo tell them password=\\*\ntell them password=\\*\n")
                .containsPattern("ALICEBOX\\\\alice \\(tcp 127\\.0\\.0\\.1:\\d+\\) disconnected at ")
                .contains("dbg> .logfile\nLog file '" + file + "'\n")
                .endsWith("Session ended by the host.\n")
                .doesNotContain(PASSWORD);
    }

    @Test
    void onlyOneLogIsOpenAndLogcloseStopsIt() throws IOException {
        Path first = dir.resolve("first.log");
        Path second = dir.resolve("second.log");
        host.shownFor(".logopen " + first);
        host.shownFor(".echo into the first");

        assertThat(host.shownFor(".logopen \"" + second + "\"")).isEqualTo("Closing open log file '" + first + "'\n"
                + "Opened log file '" + second + "'\n");
        host.shownFor(".echo into the second");
        assertThat(host.shownFor(".logclose")).isEqualTo("Closing open log file '" + second + "'\n");
        host.shownFor(".echo into neither");

        assertThat(read(first)).contains("into the first\n").doesNotContain("into the second");
        assertThat(read(second)).contains("into the second\n").doesNotContain("into the first").doesNotContain("neither");
        assertThat(host.shownFor(".logfile")).isEqualTo("No log file open\n");
        assertThat(host.shownFor(".logclose")).isEqualTo("No log file open\n");
    }

    @Test
    void logopenOverwritesAndLogappendAppends() throws IOException {
        Path file = dir.resolve("kept.log");
        Files.writeString(file, "old line\n");

        host.shownFor(".logappend " + file);
        host.shownFor(".echo appended");
        host.shownFor(".logclose");
        assertThat(read(file)).startsWith("old line\nOpened log file '" + file + "'\n").contains("appended\n");

        host.shownFor(".logopen " + file);
        host.shownFor(".logclose");
        assertThat(read(file)).startsWith("Opened log file '" + file + "'\n").doesNotContain("old line")
                .doesNotContain("appended");
    }

    @Test
    void aLogThatCannotBeOpenedIsOneErrorAndOptionsWinDbgHasButWeDoNotAreNamed() {
        Path missingDir = dir.resolve("no/such/dir/x.log");

        assertThat(host.shownFor(".logopen " + missingDir))
                .isEqualTo("Error: cannot open log file '" + missingDir + "': no such directory\n");
        assertThat(host.shownFor(".logopen /u x.log")).isEqualTo("Error: .logopen /u is not supported: logs are always UTF-8\n");
        assertThat(host.shownFor(".logappend /t x.log")).isEqualTo("Error: .logappend has no /t option (use .logopen /t)\n");
        assertThat(host.shownFor(".logfile")).isEqualTo("No log file open\n");
    }

    @Test
    void aScriptsCommandsAndOutputReachTheTranscript() throws IOException {
        Path log = dir.resolve("script.log");
        Path script = dir.resolve("s.dbg");
        Files.writeString(script, ".echo from the script\n");
        host.shownFor(".logopen " + log);

        host.shownFor("$$<" + script);
        host.shownFor(".logclose");

        assertThat(read(log)).contains("dbg> $$<" + script + "\ndbg> .echo from the script\nfrom the script\n");
        assertThat(TextLog.count(read(log), "from the script\n")).isEqualTo(2);
    }
}
