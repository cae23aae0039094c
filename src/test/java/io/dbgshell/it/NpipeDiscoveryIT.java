package io.dbgshell.it;

import io.dbgshell.protocol.Identity;
import io.dbgshell.testing.DbgshellProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 4's example with the real launcher: npipe servers, .endsrv, a client on the pipe, and -QR. */
class NpipeDiscoveryIT {
    private static final Duration EXIT = Duration.ofSeconds(20);

    @TempDir
    Path home;

    private Map<String, String> env() {
        return Map.of("DBGSHELL_PIPE_DIR", home.resolve("pipes").toString(),
                "DBGSHELL_DISCOVERY_DIR", home.resolve("servers").toString());
    }

    private String listServers() {
        try (DbgshellProcess list = DbgshellProcess.start(home, env(), "-QR")) {
            assertThat(list.awaitExit(EXIT)).isZero();
            return list.out.text();
        }
    }

    @Test
    void theIssueExampleRunsAsWrittenAndQrListsWhatLives() throws Exception {
        String me = Identity.HostName.get();
        try (DbgshellProcess host = DbgshellProcess.start(home, env())) {
            host.type(".server npipe:pipe=rabbit");
            host.out.await("Server started with 'npipe:pipe=rabbit'\n");
            host.type(".server tcp:port=0");
            host.out.await("Server started with 'tcp:port=0' as 'tcp:Port=");
            int port = host.out.awaitServerPort();
            host.type(".server npipe:pipe=tiger,password=hardtoguess");
            host.out.await("Server started with 'npipe:pipe=tiger,password=*'\n");
            host.type(".server npipe:pipe=hidden%d,hidden");
            host.out.await("Server started with 'npipe:pipe=hidden%d,hidden'\n");
            host.type(".servers");
            host.out.await("0 - Debugger Server - npipe:Pipe=rabbit\n"
                    + "1 - Debugger Server - tcp:Port=" + port + "\n"
                    + "2 - Debugger Server - npipe:Pipe=tiger,Password=*\n"
                    + "3 - Debugger Server - npipe:Pipe=hidden" + host.pid() + "\n");
            host.type(".endsrv 0");
            host.out.await("Server told to exit.  Actual exit may be delayed until\nthe next connection attempt.\n");
            host.type(".servers");
            host.out.await("dbg> .servers\n0 - <Disabled, exit pending>\n1 - Debugger Server - tcp:Port=" + port + "\n");

            try (DbgshellProcess client = DbgshellProcess.start(home, env(), "-remote",
                    "npipe:pipe=tiger,password=hardtoguess")) {
                client.out.await("dbgshell ");
                host.out.awaitPattern("\\\\" + System.getProperty("user.name") + " \\(npipe tiger\\) connected at ");
                assertThat(listServers()).isEqualTo("Servers on " + me + ":\n"
                        + "Debugger Server - npipe:Pipe=tiger\n"
                        + "Debugger Server - tcp:Port=" + port + "\n");
                client.type("q");
                assertThat(client.awaitExit(EXIT)).isZero();
            }
            host.type("q");
            assertThat(host.awaitExit(EXIT)).isZero();
        }
        assertThat(listServers()).isEqualTo("Servers on " + me + ":\n");
        assertThat(home.resolve("pipes")).isEmptyDirectory();
        assertThat(DbgshellProcess.log(home)).doesNotContain("hardtoguess");
    }

    @Test
    void aKilledHostDisappearsFromQrAndItsPipeNameIsReclaimed() throws Exception {
        try (DbgshellProcess doomed = DbgshellProcess.start(home, env(), "-server", "npipe:pipe=phoenix")) {
            doomed.out.await("Server started with 'npipe:pipe=phoenix'\n");
            try (DbgshellProcess rival = DbgshellProcess.start(home, env(), "-server", "npipe:pipe=phoenix")) {
                assertThat(rival.awaitExit(EXIT)).isEqualTo(1);
                assertThat(rival.err.text()).contains("pipe name 'phoenix' is already in use by a running server");
            }
            assertThat(listServers()).endsWith("Debugger Server - npipe:Pipe=phoenix\n");
            doomed.kill();
            doomed.awaitExit(EXIT);
        }
        assertThat(home.resolve("pipes").resolve("phoenix")).exists();
        assertThat(listServers()).isEqualTo("Servers on " + Identity.HostName.get() + ":\n");
        try (DbgshellProcess reborn = DbgshellProcess.start(home, env(), "-server", "npipe:pipe=phoenix")) {
            reborn.out.await("Server started with 'npipe:pipe=phoenix'\n");
            reborn.type("q");
            assertThat(reborn.awaitExit(EXIT)).isZero();
        }
    }
}
