package io.dbgshell.it;

import io.dbgshell.testing.DbgshellProcess;
import io.dbgshell.testing.PtyProcess;
import io.dbgshell.testing.FreePorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.dbgshell.testing.PtyProcess.CTRL_D;
import static io.dbgshell.testing.PtyProcess.ENTER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, items 6 and 7, as a user meets them: the ways a password slipped past the masking, and
 * {@code password=*} keeping it off the command line. Every place session text goes (a client's
 * screen, which shows every echo, announcement and listing; the transcript; the history file; the
 * log; the discovery records; the process's command line) is searched for the secrets.
 */
class PasswordLeakIT {
    private static final Duration EXIT = Duration.ofSeconds(20);
    private static final String PROMPT = "dbg> ";
    /** What a joined client prints first (its standard streams are pipes here, so it shows no prompt). */
    private static final String BANNER = "dbgshell ";
    private static final List<String> SECRETS = List.of("LeakEm1", "Leak16", "Leak6");

    @TempDir
    Path home;

    @Test
    void noSecretReachesAnyScreenFileOrLogAndALostCommaStartsNothing() throws Exception {
        int[] ports = {FreePorts.one(), FreePorts.one(), FreePorts.one(), FreePorts.one()};
        Path transcript = home.resolve("session.txt");
        Path discovery = home.resolve("servers");
        try (PtyProcess host = PtyProcess.start(home, Map.of("DBGSHELL_DISCOVERY_DIR", discovery.toString()),
                PtyProcess.Stdin.TERMINAL, "-server", "tcp:port=" + ports[0], "-logo", transcript.toString())) {
            host.awaitOnScreen(PROMPT);
            try (DbgshellProcess watcher = DbgshellProcess.start(home, "-remote", "tcp:server=127.0.0.1,port=" + ports[0])) {
                host.awaitOnScreen(" connected at ");
                host.keys(".server tcp:port=" + ports[1] + ",password\u2003=LeakEm1" + ENTER);
                watcher.out.await("Server started with 'tcp:port=" + ports[1] + ",password\u2003=*'");
                host.keys(".server tcp:port=" + ports[2] + ",password=\"Leak16\"" + ENTER);
                watcher.out.await("dbg> .server tcp:port=" + ports[2] + ",password=*\nError: password must be 1 to 64");
                host.keys(".server tcp:port=" + ports[3] + ";password=Leak6" + ENTER);
                watcher.out.await("dbg> .server tcp:port=" + ports[3] + ";password=*\nError: 'password=*' after .server"
                        + " looks like one of its parameters; separate parameters with ',' not ';' (nothing was run)\n");
                host.keys(".servers" + ENTER);
                watcher.out.await("1 - Debugger Server - tcp:Port=" + ports[1] + ",Password=*\n");
                assertThat(listening(ports[3])).as("the server of the line with ';' for ','").isFalse();
                String records = readAll(discovery);
                watcher.type("q");
                assertThat(watcher.awaitExit(EXIT)).isZero();
                assertThat(watcher.out.text() + watcher.err.text()).as("a client's screen").doesNotContain(SECRETS);
                assertThat(records).as("the discovery records").contains("Port=" + ports[1]).doesNotContain(SECRETS);
            }
            try (DbgshellProcess rightPassword = DbgshellProcess.start(home,
                    "-remote", "tcp:server=127.0.0.1,port=" + ports[1] + ",password=LeakEm1")) {
                rightPassword.out.await(BANNER);
                rightPassword.type("q");
                assertThat(rightPassword.awaitExit(EXIT)).as("the password typed with an em space is the server's").isZero();
            }
            host.keys(CTRL_D);
            assertThat(host.awaitExit(EXIT)).isZero();
        }
        assertThat(Files.readString(transcript)).as("the transcript")
                .contains("dbg> .server tcp:port=" + ports[3] + ";password=*\n").doesNotContain(SECRETS);
        assertThat(Files.readString(home.resolve("history"))).as("the history file")
                .contains(".server tcp:port=" + ports[2] + ",password=*").doesNotContain(SECRETS);
        assertThat(DbgshellProcess.log(home)).as("the log").doesNotContain(SECRETS);
    }

    @Test
    void passwordStarIsAskedAtTheTerminalWithoutEchoAndKeptOutOfPs() throws Exception {
        try (PtyProcess host = PtyProcess.start(home, "-server", "tcp:port=0,password=*")) {
            host.awaitOnScreen("Password: ");
            host.keys("Asked7" + ENTER);
            host.awaitOnScreen("Server started with 'tcp:port=0,password=*'");
            int port = host.awaitServerPort();
            host.awaitOnScreen(PROMPT);
            try (DbgshellProcess client = DbgshellProcess.start(home, Map.of("DBGSHELL_PASSWORD", "Asked7"),
                    "-remote", "tcp:server=127.0.0.1,port=" + port + ",password=*")) {
                client.out.await(BANNER);
                assertThat(commandLines()).as("ps").isNotEmpty().noneMatch(line -> line.contains("Asked7"));
                client.type("q");
                assertThat(client.awaitExit(EXIT)).as("the client's password=* read DBGSHELL_PASSWORD").isZero();
            }
            host.keys(CTRL_D);
            assertThat(host.awaitExit(EXIT)).isZero();
            assertThat(host.plainScreen()).as("the host's screen: no echo of the password").doesNotContain("Asked7");
        }
    }

    @Test
    void passwordStarWithNeitherTheVariableNorATerminalFailsWithOneLine() {
        try (DbgshellProcess host = DbgshellProcess.start(home, "-server", "tcp:port=0,password=*")) {
            host.closeInput();
            assertThat(host.awaitExit(EXIT)).isEqualTo(2);
            assertThat(host.err.text()).matches("Error: -server tcp:port=\\d+,password=\\*: password=\\* takes the password"
                    + " from DBGSHELL_PASSWORD or asks at a terminal; neither is there\n");
        }
    }

    @Test
    void dotServerPasswordStarReadsTheHostsVariableAndIsRefusedToAClient() {
        int[] ports = {FreePorts.one(), FreePorts.one(), FreePorts.one()};
        try (DbgshellProcess host = DbgshellProcess.start(home, Map.of("DBGSHELL_PASSWORD", "Env5Pass"),
                "-server", "tcp:port=" + ports[0])) {
            host.out.await("Server started");
            host.type(".server tcp:port=" + ports[1] + ",password=*");
            host.out.await("Server started with 'tcp:port=" + ports[1] + ",password=*'");
            try (DbgshellProcess client = DbgshellProcess.start(home,
                    "-remote", "tcp:server=127.0.0.1,port=" + ports[1] + ",password=Env5Pass")) {
                client.out.await(BANNER);
                client.type(".server tcp:port=" + ports[2] + ",password=*");
                client.out.await("Error: password=* works only at the host (it reads the host's DBGSHELL_PASSWORD);"
                        + " from a client, give the password itself\n");
                client.type("q");
                assertThat(client.awaitExit(EXIT)).isZero();
            }
            assertThat(listening(ports[2])).isFalse();
            host.closeInput();
            assertThat(host.awaitExit(EXIT)).isZero();
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String readAll(Path directory) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                all.append(Files.readString(file));
            }
        }
        return all.toString();
    }

    /** The command lines of every process of this user that ps can see, launcher and JVMs alike. */
    private static List<String> commandLines() {
        return ProcessHandle.allProcesses()
                .map(process -> process.info().commandLine().orElse(""))
                .filter(line -> line.contains("dbgshell"))
                .toList();
    }
}
