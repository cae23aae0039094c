package io.dbgshell.session;

import io.dbgshell.client.ClientException;
import io.dbgshell.discovery.DiscoveryDirectory;
import io.dbgshell.discovery.DiscoveryRegistration;
import io.dbgshell.discovery.ServerDiscovery;
import io.dbgshell.protocol.Identity;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.testing.TestClient;
import io.dbgshell.testing.TestHost;
import io.dbgshell.testing.Wiring;
import io.dbgshell.testing.TextLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.dbgshell.testing.Identities.ALICE;
import static io.dbgshell.testing.Identities.BOB;
import static io.dbgshell.testing.Identities.CAROL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Roles over a real transport, run once per transport by a subclass: observers joining through a
 * {@code readonly} server see everything and may only look, {@code .readonly} flips a role both
 * ways, {@code .kick} ends one link and nobody else's, and without {@code hostfiles} no client
 * reads or writes a host file by any command.
 */
abstract class AbstractRolesTest {
    private static final String SECRET = "the host's secret";

    @TempDir
    Path files;
    protected TestHost host;
    private final List<AutoCloseable> toClose = new ArrayList<>();

    /** The protocol this suite runs over. */
    protected abstract Wiring wiring();

    @BeforeEach
    void startHost() {
        host = new TestHost(wiring()::transports, TestHost.fastSettings());
    }

    /** A server transport string on a free port with {@code extra} parameters appended. */
    private String serverTransport(String extra) {
        return wiring().server(extra);
    }

    @AfterEach
    void stopHost() throws Exception {
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
        host.close();
    }

    private TestClient join(ServerEntry server, Identity who) throws ClientException {
        TestClient client = TestClient.join(host.transports, wiring().client(server, ""), who);
        toClose.add(client);
        client.display.prompts.await("dbg> \n");
        return client;
    }

    @Test
    void anObserverSeesEverythingListsItselfAndIsRefusedChangesWithALineOnlyItSees() throws Exception {
        host.type(".echo said before anyone joined");
        DiscoveryDirectory discovery = new DiscoveryDirectory(files.resolve("discovery"));
        DiscoveryRegistration registration = new DiscoveryRegistration(discovery);
        toClose.add(registration);
        host.session.servers().addListener(registration);
        ServerEntry drivers = host.startServer(serverTransport(""));
        ServerEntry observers = host.startServer(serverTransport(",readonly"));
        assertThat(new ServerDiscovery(discovery).lines()).as("-QR")
                .anyMatch(line -> line.startsWith("Debugger Server - ") && line.endsWith(",ReadOnly"));
        TestClient carol = join(observers, CAROL);
        carol.log().await("said before anyone joined\n");
        TestClient alice = join(drivers, ALICE);
        carol.log().await("ALICEBOX\\alice");

        alice.type(".echo hello from a driver");
        carol.log().await("hello from a driver\n");
        carol.type(".clients");
        String listing = carol.log().awaitCount(", last active ", 3, TextLog.DEFAULT_WAIT);
        assertThat(listing).contains("0 host HOSTBOX\\hostuser, last active ")
                .contains("1 observer CAROLBOX\\carol (").contains("2 driver ALICEBOX\\alice (");
        carol.type(".servers");
        carol.log().awaitPattern("1 - Debugger Server - \\w+:.*,ReadOnly\n");

        carol.type(".echo one; qq");
        carol.log().await("Error: 'qq' changes the target or the session, and you are an observer\n");
        carol.type(".server " + serverTransport(""));
        carol.log().await("Error: '.server' changes the target or the session, and you are an observer\n");
        carol.type(".echo talking is looking");
        alice.log().await("talking is looking\n");
        host.console.log.await("talking is looking\n");

        assertThat(carol.log().text()).doesNotContain("\none\n");
        assertThat(alice.log().text()).doesNotContain("Error:").doesNotContain("\none\n");
        assertThat(host.console.log.text()).doesNotContain("Error:");
        assertThat(host.session.servers().list()).hasSize(2);
        assertThat(host.session.isEnding()).isFalse();
    }

    @Test
    void theHostFlipsAClientToObserverAndBackWhileItStaysConnected() throws Exception {
        ServerEntry drivers = host.startServer(serverTransport(""));
        TestClient alice = join(drivers, ALICE);

        host.type(".readonly 1 on");
        alice.log().await("The host made you an observer: you may look, not change anything.\n");
        host.console.log.await("1 observer ALICEBOX\\alice (");
        alice.type(".endsrv 0");
        alice.log().await("Error: '.endsrv' changes the target or the session, and you are an observer\n");
        alice.type(".readonly 1 off");
        alice.log().await("Error: '.readonly' is the host's alone\n");

        host.type(".readonly 1 off");
        alice.log().await("The host made you a driver: you may change the target and the session.\n");
        alice.type(".endsrv 0");
        alice.log().await("Server told to exit.");
        assertThat(host.session.servers().list().get(0).state()).isEqualTo(io.dbgshell.server.ServerState.DISABLED);

        host.type(".readonly 0 on");
        host.console.log.await("Error: the host's console is always the host\n");
        host.type(".readonly 1 maybe");
        host.console.log.await("Error: .readonly 1 needs on or off, got 'maybe'\n");
    }

    @Test
    void kickEndsThatClientsLinkAndNobodyElses() throws Exception {
        ServerEntry drivers = host.startServer(serverTransport(""));
        TestClient alice = join(drivers, ALICE);
        TestClient bob = join(drivers, BOB);
        alice.log().await("BOBBOX\\bob");

        bob.type(".kick 1");
        bob.log().await("Error: '.kick' is the host's alone\n");
        host.type(".kick 0");
        host.console.log.await("Error: the host's console cannot be removed\n");
        host.type(".kick 7");
        host.console.log.await("Error: no client 7 in the session (.clients lists them)\n");

        host.type(".kick 1");
        alice.log().await("You were removed from the session by the host.\n");
        assertThat(alice.awaitOutcome().exitCode()).isZero();
        bob.log().awaitPattern("ALICEBOX\\\\alice \\(.*\\) disconnected at .*\\(removed by the host\\)\n");
        bob.type(".echo bob stays");
        host.console.log.await("bob stays\n");
        bob.log().await("bob stays\n");
        host.type(".clients");
        String listing = host.console.log.awaitPattern("2 driver BOBBOX\\\\bob .*\n");
        assertThat(listing.substring(listing.lastIndexOf("removed by the host"))).doesNotContain("driver ALICEBOX");
    }

    @Test
    void withoutTheGrantNoClientReadsOrWritesAHostFileByAnyCommand() throws Exception {
        Path secret = Files.writeString(files.resolve("secret.dbg"), ".echo " + SECRET + "\n", StandardCharsets.UTF_8);
        Path log = files.resolve("written.log");
        ServerEntry drivers = host.startServer(serverTransport(""));
        ServerEntry observers = host.startServer(serverTransport(",readonly,hostfiles"));
        TestClient alice = join(drivers, ALICE);
        TestClient carol = join(observers, CAROL);
        List<String> attempts = List.of("$<" + secret, "$$<" + secret, "$><" + secret, "$$><" + secret,
                "$$>a<" + secret + " an-argument", ".logopen " + log, ".logappend " + log, ".logclose");

        for (String attempt : attempts) {
            String name = attempt.split("[ /]", 2)[0];
            alice.type(attempt);
            alice.log().await("Error: '" + name + "' uses the host's files or processes, which the server you joined "
                    + "through does not grant (hostfiles)\n");
            carol.type(attempt);
            carol.log().await("Error: '" + name + "' changes the target or the session, and you are an observer\n");
        }
        alice.type(".echo done");
        host.console.log.await("done\n");
        carol.log().await("done\n");

        for (String screen : List.of(host.console.log.text(), alice.log().text(), carol.log().text())) {
            assertThat(screen).doesNotContain("\n" + SECRET).doesNotContain("Opened log");
        }
        assertThat(log).doesNotExist();

        ServerEntry trusted = host.startServer(serverTransport(",hostfiles"));
        TestClient bob = join(trusted, BOB);
        bob.type("$<" + secret);
        carol.log().await("\n" + SECRET + "\n");
    }
}
