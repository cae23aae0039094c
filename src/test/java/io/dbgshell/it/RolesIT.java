package io.dbgshell.it;

import io.dbgshell.testing.DbgshellProcess;
import io.dbgshell.testing.TargetPrograms;
import io.dbgshell.testing.FreePorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Roles with the real launcher: a host with a drivers' server and an observers' server and a
 * launched target; the observer watches a breakpoint hit, looks at the stack and cannot resume
 * the target; the host flips the driver to observer and back and removes the observer, whose link
 * alone ends; the driver, without {@code hostfiles}, cannot read or write the host's files.
 */
class RolesIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String OBSERVER = "changes the target or the session, and you are an observer\n";

    @TempDir
    Path home;
    @TempDir
    Path classes;

    @Test
    void anObserverWatchesTheDriverTheHostFlipsRolesAndRemovesTheObserverAlone() throws Exception {
        TargetPrograms.compile(classes, true, TargetPrograms.HELLO);
        Path secret = Files.writeString(home.resolve("secret.dbg"), ".echo the host's secret\n", StandardCharsets.UTF_8);
        int drive = FreePorts.one();
        int watch = FreePorts.one();
        try (DbgshellProcess host = DbgshellProcess.start(home, "-server", "tcp:port=" + drive,
                "-server", "tcp:port=" + watch + ",readonly", "java", "-cp", classes.toString(), "Hello")) {
            host.out.await("stopped before main", WAIT);
            try (DbgshellProcess carol = DbgshellProcess.start(home, "-remote", "tcp:server=127.0.0.1,port=" + watch);
                 DbgshellProcess alice = DbgshellProcess.start(home, "-remote", "tcp:server=127.0.0.1,port=" + drive)) {
                carol.out.await("connected at", WAIT);
                host.type(".servers");
                host.out.await("1 - Debugger Server - tcp:Port=" + watch + ",ReadOnly\n", WAIT);

                alice.type("bp Hello:8");
                alice.type("g");
                carol.out.await("Breakpoint 0 hit\n", WAIT);
                carol.type("k");
                carol.out.awaitPattern("^ # Call Site\n00 Hello\\.main\\+0x[0-9a-f]+ \\[Hello\\.java @ 8]$");
                carol.type("g");
                carol.out.await("Error: 'g' " + OBSERVER, WAIT);
                host.type("k");
                host.out.awaitPattern("^ # Call Site\n00 Hello\\.main\\+0x[0-9a-f]+ \\[Hello\\.java @ 8]$");
                assertThat(host.out.text()).doesNotContain("fact 6").doesNotContain("Error:");

                alice.type("$<" + secret);
                alice.out.await("Error: '$<' uses the host's files or processes", WAIT);
                alice.type(".logopen " + home.resolve("t.log"));
                alice.out.await("Error: '.logopen' uses the host's files or processes", WAIT);

                host.type(".clients");
                // both clients start at once, so either may have joined first and be number 1
                String clients = host.out.awaitPattern("^[12] (observer|driver) .* \\(tcp 127\\.0\\.0\\.1:\\d+\\), last active .*\n"
                        + "[12] (observer|driver) ");
                java.util.regex.Matcher observer = java.util.regex.Pattern.compile("(?m)^([12]) observer ").matcher(clients);
                assertThat(observer.find()).as(".clients names the observer: " + clients).isTrue();
                String carolNumber = observer.group(1);
                String aliceNumber = carolNumber.equals("1") ? "2" : "1";
                assertThat(clients).containsPattern("(?m)^" + aliceNumber + " driver ");
                host.type(".readonly " + aliceNumber + " on");
                alice.out.await("The host made you an observer", WAIT);
                alice.type("g");
                alice.out.await("Error: 'g' " + OBSERVER, WAIT);
                host.type(".readonly " + aliceNumber + " off");
                alice.out.await("The host made you a driver", WAIT);

                host.type(".kick " + carolNumber);
                carol.out.await("You were removed from the session by the host.\n", WAIT);
                assertThat(carol.awaitExit(WAIT)).isZero();
                alice.out.await("(removed by the host)\n", WAIT);
                alice.type("g");
                alice.out.await("fact 6\n", WAIT);
                alice.out.await("Target exited with code 7\n", WAIT);
                assertThat(alice.out.text() + host.out.text()).doesNotContain("the host's secret\n");
                assertThat(home.resolve("t.log")).doesNotExist();
                alice.type("q");
                assertThat(alice.awaitExit(WAIT)).isZero();
            }
            host.type("q");
            assertThat(host.awaitExit(WAIT)).isZero();
        }
    }

    @Test
    void readonlyAndHostfilesAreServerOptionsThatRemoteRefuses() {
        try (DbgshellProcess client = DbgshellProcess.start(home, "-remote", "tcp:server=127.0.0.1,port=1,readonly")) {
            assertThat(client.awaitExit(WAIT)).isNotZero();
            assertThat(client.err.text()).contains("'readonly' is not allowed on a tcp client (it belongs to -server)");
        }
    }
}
