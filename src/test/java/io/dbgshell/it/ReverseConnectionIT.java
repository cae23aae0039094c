package io.dbgshell.it;

import io.dbgshell.transport.spec.PortRange;
import io.dbgshell.testing.FreePorts;
import io.dbgshell.testing.DbgshellProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 6's example through the real launcher: the server dials a waiting client, in both start orders. */
class ReverseConnectionIT {
    private static final Duration EXIT = Duration.ofSeconds(20);

    @TempDir
    Path home;

    @Test
    void theColleagueWaitsFirstThenTheHostDialsIn() throws Exception {
        PortRange range = FreePorts.range(11);
        int port = range.low() + 1;
        try (ServerSocket busy = new ServerSocket(range.low());
             DbgshellProcess colleague = DbgshellProcess.start(home, "-remote", "tcp:clicon=127.0.0.1,port=" + range + ",password=s3cret")) {
            colleague.out.await("Waiting for a reverse connection from 127.0.0.1 on port " + port + " ...");
            try (DbgshellProcess dev = DbgshellProcess.start(home)) {
                dev.type(".server tcp:port=" + port + ",clicon=127.0.0.1,password=s3cret");
                dev.out.await("Server started with 'tcp:port=" + port + ",clicon=127.0.0.1,password=*'\n");
                dev.out.await("connected at ");
                colleague.out.await("dbgshell ");

                colleague.type(".echo hello over the reverse link");
                dev.out.awaitPattern("\\(tcp 127\\.0\\.0\\.1:" + port + "\\) dbg> \\.echo hello over the reverse link\nhello over the reverse link\n");
                dev.type(".servers");
                dev.out.await("0 - Debugger Server - tcp:Port=" + port + ",Clicon=127.0.0.1,Password=* (connected)");

                colleague.type("q");
                assertThat(colleague.awaitExit(EXIT)).isZero();
                dev.out.await("Server 0 (tcp:Port=" + port + ",Clicon=127.0.0.1,Password=*) ended: ");
                dev.closeInput();
                assertThat(dev.awaitExit(EXIT)).isZero();
            }
            assertThat(busy.isBound()).isTrue();
        }
    }

    @Test
    void theHostStartsFirstAndKeepsDiallingUntilTheColleagueWaits() {
        int port = FreePorts.one();
        try (DbgshellProcess dev = DbgshellProcess.start(home, "-server", "tcp:port=" + port + ",clicon=localhost")) {
            dev.out.await("Server started with 'tcp:port=" + port + ",clicon=localhost'\n");
            dev.type(".servers");
            dev.out.await("0 - Debugger Server - tcp:Port=" + port + ",Clicon=localhost (dialling)");

            try (DbgshellProcess colleague = DbgshellProcess.start(home, "-remote", "tcp:clicon=localhost,port=" + port)) {
                colleague.out.await("dbgshell ", Duration.ofSeconds(20));
                dev.out.await("connected at ");
                dev.type(".echo welcome");
                colleague.out.await("welcome\n");
                dev.closeInput();
                assertThat(dev.awaitExit(EXIT)).isZero();
                assertThat(colleague.awaitExit(EXIT)).isZero();
                assertThat(colleague.out.text()).contains("Session ended by the host.");
            }
        }
    }

    /** Refused while the options are read, before anything binds: the range is only words here. */
    @Test
    void aPortRangeOnTheServerSideIsRefused() {
        try (DbgshellProcess dev = DbgshellProcess.start(home, "-server", "tcp:port=5005:5010,clicon=localhost")) {
            assertThat(dev.awaitExit(EXIT)).isEqualTo(2);
            assertThat(dev.err.text()).startsWith("Error: -server tcp:port=5005:5010,clicon=localhost: ").doesNotContain("Exception");
        }
    }
}
