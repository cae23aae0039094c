package io.dbgshell.it;

import io.dbgshell.protocol.Identity;
import io.dbgshell.testing.DbgshellProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The tcp session of the first issue, run with the real launcher: one host and clients as processes. */
class TcpSessionIT {
    private static final Duration EXIT = Duration.ofSeconds(20);

    @TempDir
    Path home;

    @Test
    void theReadmeExampleRunsAsWritten() throws Exception {
        String me = Identity.HostName.get();
        try (DbgshellProcess host = DbgshellProcess.start(home)) {
            host.type(".server tcp:port=25000:25010,password=s3cret");
            host.out.await("dbg> .server tcp:port=25000:25010,password=*\n"
                    + "Server started with 'tcp:port=25000:25010,password=*'\n"
                    + "Client can connect with: dbgshell -remote tcp:Port=25000,Server=" + me + ",Password=<password>\n");
            host.type(".servers");
            host.out.await("dbg> .servers\n0 - Debugger Server - tcp:Port=25000:25010,Password=*\n");

            try (DbgshellProcess client = DbgshellProcess.start(home, "-remote", "tcp:server=localhost,port=25000,password=s3cret")) {
                client.out.await("dbgshell ");
                client.out.await("0 - Debugger Server - tcp:Port=25000:25010,Password=*\n");
                host.out.awaitPattern("\\(tcp 127\\.0\\.0\\.1:\\d+\\) connected at ");

                client.type(".echo hello from the client");
                host.out.awaitPattern("\\(tcp 127\\.0\\.0\\.1:\\d+\\) dbg> \\.echo hello from the client\nhello from the client\n");
                host.type(".echo hello from the host");
                client.out.await("dbg> .echo hello from the host\nhello from the host\n");

                client.type(".clients");
                client.out.awaitCount(", last active ", 2, Duration.ofSeconds(10));

                client.type("q");
                assertThat(client.awaitExit(EXIT)).isZero();
                host.out.awaitPattern("\\) disconnected at ");
            }
            host.type("q");
            assertThat(host.awaitExit(EXIT)).isZero();
            assertThat(host.out.text()).doesNotContain("s3cret");
            assertThat(host.err.text()).isEmpty();
        }
        assertThat(home.resolve("history")).as("a piped session keeps no history").doesNotExist();
        assertThat(DbgshellProcess.log(home)).contains("joined").contains("left").doesNotContain("s3cret");
    }

    @Test
    void aWrongPasswordIsRefusedAndTheClientExitsNonZero() throws Exception {
        try (DbgshellProcess host = DbgshellProcess.start(home, "-server", "tcp:port=25020:25030,password=s3cret")) {
            host.out.await("Server started with 'tcp:port=25020:25030,password=*'");
            try (DbgshellProcess client = DbgshellProcess.start(home, "-remote", "tcp:server=127.0.0.1,port=25020,password=nope")) {
                assertThat(client.awaitExit(EXIT)).isNotZero();
                assertThat(client.err.text()).contains("Error: the password is wrong (Error 0x80004005)\n")
                        .doesNotContain("Exception");
            }
            host.out.await(": wrong password");
            host.closeInput();
            assertThat(host.awaitExit(EXIT)).isZero();
        }
    }

    @Test
    void theHostEndingTheSessionEndsEveryClientCleanly() throws Exception {
        try (DbgshellProcess host = DbgshellProcess.start(home, "-server", "tcp:port=25040:25050")) {
            host.out.await("Server started");
            DbgshellProcess client = DbgshellProcess.start(home, "-remote", "tcp:server=127.0.0.1,port=25040");
            host.out.await("connected at ");
            host.type(".echo goodbye everyone");
            host.closeInput();
            assertThat(host.awaitExit(EXIT)).isZero();
            assertThat(client.awaitExit(EXIT)).isZero();
            assertThat(client.out.text()).contains("goodbye everyone\n").contains("Session ended by the host.");
            client.close();
        }
    }

    @Test
    void commandsFromStandardInputAndMinusCRunInOrderOnAClient() throws Exception {
        try (DbgshellProcess host = DbgshellProcess.start(home, "-server", "tcp:port=25060:25070")) {
            host.out.await("Server started");
            try (DbgshellProcess client = DbgshellProcess.start(home, "-remote", "tcp:server=127.0.0.1,port=25060",
                    "-c", ".echo first;.echo second")) {
                client.type(".echo third");
                client.closeInput();
                assertThat(client.awaitExit(EXIT)).isZero();
                String seen = client.out.text();
                assertThat(seen).contains("\nfirst\nsecond\n");
                assertThat(seen.indexOf("\nsecond\n")).isLessThan(seen.indexOf("dbg> .echo third\nthird\n"));
                assertThat(seen).doesNotContain("\u001b[");
            }
            host.closeInput();
            assertThat(host.awaitExit(EXIT)).isZero();
        }
    }

    @Test
    void badOptionsAndUnreachableHostsAreOneClearLine() {
        try (DbgshellProcess bad = DbgshellProcess.start(home, "-bogus")) {
            assertThat(bad.awaitExit(EXIT)).isEqualTo(2);
            assertThat(bad.err.text()).contains("Unknown option: '-bogus'").contains("Usage:");
        }
        try (DbgshellProcess badSpec = DbgshellProcess.start(home, "-server", "tcp:prot=5")) {
            assertThat(badSpec.awaitExit(EXIT)).isEqualTo(2);
            assertThat(badSpec.err.text()).contains("prot").doesNotContain("Exception");
        }
        try (DbgshellProcess nobody = DbgshellProcess.start(home, "-remote", "tcp:server=127.0.0.1,port=25099")) {
            assertThat(nobody.awaitExit(EXIT)).isEqualTo(1);
            assertThat(nobody.err.text().strip()).startsWith("Error: cannot connect to 127.0.0.1:25099").doesNotContain("\n");
        }
        try (DbgshellProcess version = DbgshellProcess.start(home, "--version")) {
            assertThat(version.awaitExit(EXIT)).isZero();
            assertThat(version.out.text()).startsWith("dbgshell ").contains("(protocol " + io.dbgshell.protocol.ProtocolVersion.CURRENT + ")");
        }
    }

    @Test
    void thePasswordCanComeFromTheEnvironmentInsteadOfTheCommandLine() {
        try (DbgshellProcess host = DbgshellProcess.start(home, "-server", "tcp:port=25080:25090,password=fromenv7")) {
            host.out.await("Server started");
            try (DbgshellProcess client = DbgshellProcess.start(home, java.util.Map.of("DBGSHELL_PASSWORD", "fromenv7"),
                    "-remote", "tcp:server=127.0.0.1,port=25080")) {
                client.out.await("dbgshell ");
                client.closeInput();
                assertThat(client.awaitExit(EXIT)).isZero();
            }
            try (DbgshellProcess noPassword = DbgshellProcess.start(home, "-remote", "tcp:server=127.0.0.1,port=25080")) {
                assertThat(noPassword.awaitExit(EXIT)).isEqualTo(1);
                assertThat(noPassword.err.text()).contains("Error: the server requires a password (Error 0x80004005)");
            }
            host.closeInput();
            assertThat(host.awaitExit(EXIT)).isZero();
        }
    }
}
