package io.dbgshell.it;

import io.dbgshell.testing.DbgshellProcess;
import io.dbgshell.transport.serial.PtyRelay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A session over a serial line with the real launcher: host and client as processes, a pty pair as the cable. */
class ComSessionIT {
    private static final Duration EXIT = Duration.ofSeconds(20);

    @TempDir
    Path home;

    @Test
    void aSessionOverASerialLineRunsAsDocumented() throws Exception {
        try (PtyRelay cable = PtyRelay.start();
             DbgshellProcess host = DbgshellProcess.start(home, "-server",
                     "com:port=" + cable.pathA() + ",baud=115200,channel=0")) {
            String listing = "com:Port=" + cable.pathA() + ",Baud=115200,Channel=0";
            host.out.await("Server started with 'com:port=" + cable.pathA() + ",baud=115200,channel=0'\n");
            host.out.await("Client can connect with: dbgshell -remote " + listing + "\n");

            try (DbgshellProcess client = DbgshellProcess.start(home, "-remote",
                    "com:port=" + cable.pathB() + ",baud=115200,channel=0")) {
                client.out.await("dbgshell ");
                String who = "\\(com " + java.util.regex.Pattern.quote(cable.pathA()) + "/0\\)";
                host.out.awaitPattern(who + " connected at ");

                client.type(".echo hello over the wire");
                host.out.awaitPattern(who + " dbg> \\.echo hello over the wire\nhello over the wire\n");
                host.type(".echo hello from the host");
                client.out.await("dbg> .echo hello from the host\nhello from the host\n");

                client.type(".servers");
                client.out.await("0 - Debugger Server - " + listing + "\n");

                client.type("q");
                assertThat(client.awaitExit(EXIT)).isZero();
                host.out.awaitPattern(who + " disconnected at ");
            }
            host.type("q");
            assertThat(host.awaitExit(EXIT)).isZero();
            assertThat(host.err.text()).isEmpty();
        }
    }
}
