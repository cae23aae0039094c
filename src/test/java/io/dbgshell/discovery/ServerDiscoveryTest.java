package io.dbgshell.discovery;

import io.dbgshell.files.Fifos;
import io.dbgshell.testing.TestHost;
import io.dbgshell.transport.pipe.PipeDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Registration by real sessions (in this JVM and in killed processes) and the {@code -QR} lines. */
class ServerDiscoveryTest {
    @TempDir
    Path temp;

    private Path pipes() {
        return temp.resolve("pipes");
    }

    private Path servers() {
        return temp.resolve("servers");
    }

    private ServerDiscovery discovery() {
        return new ServerDiscovery(new DiscoveryDirectory(servers()));
    }

    @Test
    void runningServersAreListedWithoutPasswordsButHiddenAndEndedOnesAreNot() throws Exception {
        PipeDirectory pipes = new PipeDirectory(pipes());
        try (TestHost host = new TestHost(loops -> ServerOwner.transports(loops, pipes), TestHost.fastSettings());
             DiscoveryRegistration registration = new DiscoveryRegistration(new DiscoveryDirectory(servers()))) {
            host.session.servers().addListener(registration);
            host.startServer("npipe:pipe=rabbit");
            host.startServer("tcp:port=0");
            host.startServer("npipe:pipe=tiger,password=hardtoguess");
            host.startServer("npipe:pipe=secret,hidden");
            host.type(".endsrv 0");
            host.console.log.await("Server told to exit.");

            assertThat(discovery().lines()).containsExactly(
                    "Debugger Server - npipe:Pipe=tiger",
                    "Debugger Server - tcp:Port=" + host.session.servers().list().get(1).spec().listing().substring(9));
            assertThat(Files.readString(servers().resolve(ProcessHandle.current().pid() + "-2.server")))
                    .doesNotContain("hardtoguess");
        }
        assertThat(discovery().lines()).isEmpty();
    }

    @Test
    void aFifoOrAHugeFilePlantedInTheDirectoryIsSkippedWithoutHangingTheListing() throws Exception {
        PipeDirectory pipes = new PipeDirectory(pipes());
        try (TestHost host = new TestHost(loops -> ServerOwner.transports(loops, pipes), TestHost.fastSettings());
             DiscoveryRegistration registration = new DiscoveryRegistration(new DiscoveryDirectory(servers()))) {
            host.session.servers().addListener(registration);
            host.startServer("npipe:pipe=real");
            Fifos.make(servers().resolve("1-0.server"));
            Files.write(servers().resolve("1-1.server"), new byte[64 * 1024 * 1024]);

            assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> discovery().lines()))
                    .containsExactly("Debugger Server - npipe:Pipe=real");
        }
    }

    @Test
    void serversOfAKilledProcessAreNeverListedAndTheirFilesAreRemoved() throws Exception {
        try (ServerOwner owner = ServerOwner.start(pipes(), servers(), "npipe:pipe=doomed", "npipe:pipe=ghost,hidden")) {
            assertThat(discovery().lines()).containsExactly("Debugger Server - npipe:Pipe=doomed");

            owner.kill();

            assertThat(servers()).isDirectoryContaining(p -> p.getFileName().toString().endsWith(".server"));
            assertThat(discovery().lines()).isEmpty();
            assertThat(servers()).isEmptyDirectory();
        }
    }

    @Test
    void aLiveProcessIdWithAnotherStartTimeIsAReusedIdNotTheOwner() throws Exception {
        Files.createDirectories(servers());
        ServerRecord reused = new ServerRecord(ProcessHandle.current().pid(), Optional.of(Instant.EPOCH), 7, "tcp",
                "Debugger Server - tcp:Port=1");
        Files.writeString(servers().resolve(reused.fileName()), reused.format());
        Files.writeString(servers().resolve("junk.server"), "not a record");

        assertThat(discovery().lines()).isEmpty();
        assertThat(servers().resolve(reused.fileName())).doesNotExist();
    }

    @Test
    void aRecordSurvivesItsFileFormat() {
        ServerRecord record = new ServerRecord(12, Optional.of(Instant.parse("2024-03-04T16:05:21.123Z")), 3, "npipe",
                "Debugger Server - npipe:Pipe=x\\y ü\nz");

        assertThat(ServerRecord.parse(record.format())).contains(record);
        ServerRecord awkward = new ServerRecord(12, Optional.empty(), 4, " tcp",
                " \t#!=: a\r\f\\u0041 \\");
        assertThat(ServerRecord.parse(awkward.format())).contains(awkward);
        assertThat(ServerRecord.parse("pid=12\nserver=3\nline=\\u00zz\n")).isEmpty();
    }

    @Test
    void startTimesAreWrittenAsInstantWritesThem() {
        for (String text : new String[] {"2024-03-04T16:05:00Z", "2024-03-04T16:05:21Z", "2024-03-04T16:05:00.100Z",
                "1970-01-01T00:00:00Z", "2026-12-01T07:53:15.480Z", "2026-12-01T07:53:15.000480Z",
                "2026-12-01T07:53:15.000000480Z", "2026-12-31T23:59:59.999999999Z"}) {
            Instant instant = Instant.parse(text);
            assertThat(ServerRecord.instantText(instant)).isEqualTo(instant.toString()).isEqualTo(text);
        }
    }
}
