package io.dbgshell.it;

import io.dbgshell.testing.TestTransports;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.protocol.Identity;
import io.dbgshell.testing.DbgshellProcess;
import io.dbgshell.testing.TestClient;
import io.dbgshell.testing.TestHost;
import io.dbgshell.testing.TextLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8's killed clients: real client processes joined to an in-JVM host (which has the test's
 * {@code flood} command) are killed with SIGKILL while the host floods output. The host notes
 * each one leaving; a client that stays receives every line; the session carries on.
 */
class KilledClientsIT {
    private static final int VICTIMS = 4;
    private static final int LINES = 50_000;

    @TempDir
    Path home;

    @Test
    void clientsKilledMidOutputDoNotDisturbTheSession() throws Exception {
        try (TestHost host = new TestHost(loops -> TestTransports.tcp(loops), TestHost.fastSettings())) {
            ServerEntry server = host.startServer("tcp:port=0");
            String remote = "tcp:server=127.0.0.1,port=" + TestTransports.port(server.spec());
            List<DbgshellProcess> victims = new ArrayList<>();
            try (TestClient survivor = TestClient.join(host.transports, remote, new Identity("STAYS", "sue"))) {
                for (int i = 0; i < VICTIMS; i++) {
                    DbgshellProcess victim = DbgshellProcess.start(home, "-remote", remote);
                    victims.add(victim);
                    victim.out.await("dbgshell ", Duration.ofSeconds(20));
                }
                host.console.log.awaitCount(") connected at ", VICTIMS + 1, Duration.ofSeconds(20));

                host.type("flood " + LINES + " 100 during");
                for (DbgshellProcess victim : victims) {
                    victim.out.await("during 0001", Duration.ofSeconds(20));
                    victim.kill();
                }

                host.console.log.awaitCount(") disconnected at ", VICTIMS, Duration.ofSeconds(20));
                survivor.log().await("during done", Duration.ofSeconds(60));
                assertThat(TextLog.count(survivor.log().text(), "during ")).isEqualTo(LINES + 1);
                survivor.type(".echo after the kills");
                survivor.log().await("after the kills\n");
                assertThat(host.session.isEnding()).isFalse();
            } finally {
                victims.forEach(DbgshellProcess::close);
            }
        }
    }
}
