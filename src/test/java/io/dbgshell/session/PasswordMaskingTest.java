package io.dbgshell.session;

import io.dbgshell.testing.TestTransports;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.testing.TestClient;
import io.dbgshell.testing.TestHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.dbgshell.testing.Identities.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leaks of issue 12 item 6, one line each, typed at the host and by a client: no echo (the
 * other participant's screen shows it), no message and no transcript line holds the secret, and a
 * line that lost a {@code .server} parameter to a {@code ;} starts nothing.
 */
class PasswordMaskingTest {
    private static final String MARK = "--end of line--";

    @TempDir
    Path dir;
    private TestHost host;
    private TestClient alice;

    @BeforeEach
    void startHostAndClient() throws Exception {
        host = new TestHost(loops -> TestTransports.tcp(loops), TestHost.fastSettings());
        ServerEntry server = host.startServer("tcp:port=0");
        alice = TestClient.join(host.transports, "tcp:server=127.0.0.1,port=" + TestTransports.port(server.spec()), ALICE);
        host.console.log.await("ALICEBOX\\alice (tcp 127.0.0.1:");
    }

    @AfterEach
    void stop() {
        alice.close();
        host.close();
    }

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource(delimiter = '|', textBlock = """
            .server tcp:port=0,password\u2003=LeakEm1          | host   | LeakEm1 | 1
            .server tcp:port=0,password="Leak16"               | host   | Leak16  | 0
            .server tcp:port=0;password=Leak6                  | host   | Leak6   | 0
            .server tcp:port=0;hidden;password=Leak6h          | host   | Leak6h  | 0
            server tcp:port=0,password=LeakTypo                | host   | LeakTypo | 0
            .echo "unclosed; .server tcp:port=0,password=LeakQ | host   | LeakQ   | 0
            .server tcp:port=0,password\u2003=LeakEm1          | client | LeakEm1 | 1
            .server tcp:port=0;password=Leak6                  | client | Leak6   | 0
            """)
    void noEchoMessageOrTranscriptHoldsThePassword(String line, String typist, String secret, int started)
            throws Exception {
        Path transcript = dir.resolve("t.log");
        host.session.transcript().open(transcript.toString(), false);
        int before = host.session.servers().list().size();
        if (typist.equals("host")) {
            host.type(line);
            host.type(".echo " + MARK);
        } else {
            alice.type(line);
            alice.type(".echo " + MARK);
        }
        alice.log().await(MARK + "\n");
        host.console.log.await(MARK + "\n");
        host.session.transcript().close();

        assertThat(host.session.servers().list()).hasSize(before + started);
        assertThat(alice.log().text()).as("the client's screen").contains("dbg> .").doesNotContain(secret);
        assertThat(host.console.log.text()).as("the host's screen").doesNotContain(secret);
        assertThat(Files.readString(transcript, StandardCharsets.UTF_8)).as("the transcript").doesNotContain(secret);
        if (line.contains(";password")) {
            assertThat(alice.log().text()).contains(" looks like one of its parameters; separate parameters with ','"
                    + " not ';' (nothing was run)\n");
        }
    }
}
