package io.dbgshell.session;

import io.dbgshell.config.Tunables;
import io.dbgshell.protocol.Identity;
import io.dbgshell.shell.ShellSettings;
import io.dbgshell.testing.TestTransports;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.shell.HostConsole;
import io.dbgshell.shell.StreamConsole;
import io.dbgshell.testing.TestClient;
import io.dbgshell.testing.TestHost;
import io.dbgshell.testing.TextLog;
import io.dbgshell.transport.tcp.TcpSpec;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A host console whose output is a real pipe nobody reads (stdout piped into a reader that stopped)
 * holds up nobody: clients keep getting replies, and once the pipe is read again the console is told
 * how much it missed, where it missed it.
 */
class BlockedHostConsoleTest {
    @Test
    void aHostConsoleThatTakesNoOutputFreezesNothing() throws Exception {
        Pipe stdout = Pipe.open();
        TextLog read = new TextLog();
        try (TestHost host = new TestHost(loops -> TestTransports.tcp(loops), TestHost.fastSettings())) {
            HostConsole blocked = new HostConsole(TestHost.HOST_IDENTITY,
                    new StreamConsole(InputStream.nullInputStream(), Channels.newOutputStream(stdout.sink())),
                    Tunables.DEFAULTS.with(ShellSettings.CONSOLE_QUEUE_CHARS, 64 * 1024)
                            .with(SessionSettings.PARTICIPANT_STALL_TIMEOUT, Duration.ofMillis(200)));
            host.session.attachHostConsole(blocked);
            ServerEntry server = host.startServer("tcp:port=27340:27359");
            TestClient alice = TestClient.join(host.transports,
                    "tcp:server=127.0.0.1,port=" + ((TcpSpec) server.spec()).port().low(), new Identity("ALICEBOX", "alice"));

            host.type("flood 8000 100 burst"); // 800 KB: past the pipe's 64 KiB and 8 times the queue's 64 Ki characters
            host.console.log.await("burst done\n");
            for (int i = 0; i < 3; i++) {
                alice.type("flood 1 10 alive" + i); // runs on the session thread, like any command that may wait
                alice.log().await("alive" + i + " done\n");
            }

            startReading(stdout.source(), read);
            read.await("this console stopped taking output]\n");
            host.type(".echo back");
            String shown = read.await("\nback\n");
            // plain string operations: AssertJ's on half a megabyte of text take most of a minute
            String fromNotice = shown.substring(shown.lastIndexOf('\n', shown.indexOf(" of output were dropped here")) + 1);
            assertThat(fromNotice).matches("(?s)\\[\\d+ lines \\(\\d+ characters\\) of output were dropped here:"
                    + " this console stopped taking output]\n.*dbg> \\.echo back\nback\n");
            assertThat(shown.indexOf("burst 000000")).as("what the console took before the drops comes first")
                    .isBetween(0, shown.length() - fromNotice.length());
            assertThat(TextLog.count(shown, "were dropped here")).as("one notice for one stretch of drops").isEqualTo(1);
            alice.close();
        }
    }

    private static void startReading(Pipe.SourceChannel source, TextLog into) {
        Thread reader = new Thread(() -> {
            try (Reader in = new InputStreamReader(Channels.newInputStream(source), StandardCharsets.UTF_8)) {
                char[] buffer = new char[8192];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    into.append(new String(buffer, 0, n));
                }
            } catch (java.io.IOException e) {
                into.close();
            }
        }, "stdout-reader");
        reader.setDaemon(true);
        reader.start();
    }
}
