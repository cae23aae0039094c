package io.dbgshell.session;

import io.dbgshell.testing.TestTransports;
import io.dbgshell.discovery.DiscoveryDirectory;
import io.dbgshell.discovery.DiscoveryRegistration;
import io.dbgshell.discovery.ServerDiscovery;
import io.dbgshell.testing.TestClient;
import io.dbgshell.testing.TestHost;
import io.dbgshell.transport.tls.SslFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.dbgshell.testing.Identities.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code port=0}: the system picks a free port, and every listing names the real one (the
 * {@code Server started} line, the connect hint, {@code .servers}, discovery), which a client then
 * joins. A reverse server, which dials out, refuses it.
 */
class AnyPortServerTest {
    private static final Pattern STARTED = Pattern.compile("Server started with '(\\w+):[^']*port=0[^']*' as '\\1:(.*)Port=(\\d+)'\n");

    @TempDir
    Path temp;

    @Test
    void aTcpServerOnPortZeroIsListedWithItsRealPortAndJoinedThere() throws Exception {
        try (TestHost host = new TestHost(loops -> TestTransports.tcp(loops), TestHost.fastSettings())) {
            int port = startAndCheckListings(host, "tcp:port=0", "tcp:");

            try (TestClient alice = TestClient.join(host.transports, "tcp:server=127.0.0.1,port=" + port, ALICE)) {
                host.console.log.await("ALICEBOX\\alice (tcp 127.0.0.1:");
                alice.type(".echo joined on the listed port");
                alice.log().await("joined on the listed port\n");
            }
        }
    }

    @Test
    void anSslServerOnPortZeroIsListedWithItsRealPortAndJoinedThere() throws Exception {
        SslFixture certs = new SslFixture(temp.resolve("certs"));
        try (TestHost host = new TestHost(certs::hostAndClient, TestHost.fastSettings())) {
            int port = startAndCheckListings(host, "ssl:proto=tls1,certuser=srv,port=0", "ssl:Proto=tls1,Certuser=srv,");

            try (TestClient alice = TestClient.join(host.transports,
                    "ssl:proto=tls1,certuser=pinned-srv,server=127.0.0.1,port=" + port, ALICE)) {
                host.console.log.await("ALICEBOX\\alice (ssl 127.0.0.1:");
                alice.type(".echo joined on the listed port");
                alice.log().await("joined on the listed port\n");
            }
        }
    }

    @Test
    void aReverseServerCannotLeaveItsPortToTheSystem() {
        try (TestHost host = new TestHost(loops -> TestTransports.tcp(loops), TestHost.fastSettings())) {
            host.type(".server tcp:port=0,clicon=127.0.0.1");
            host.console.log.await("Error: port '0' (any free port) works only for a listening server; "
                    + "with 'clicon' give the exact port\n");
            assertThat(host.session.servers().list()).isEmpty();
        }
    }

    /**
     * Starts {@code transport} (port 0) with discovery on; checks that the confirmation, the
     * connect hint, {@code .servers} and the discovery record all show one real port, and returns it.
     */
    private int startAndCheckListings(TestHost host, String transport, String listedBeforePort) throws Exception {
        DiscoveryDirectory directory = new DiscoveryDirectory(temp.resolve("servers"));
        try (DiscoveryRegistration registration = new DiscoveryRegistration(directory)) {
            host.session.servers().addListener(registration);
            host.startServer(transport);

            Matcher started = STARTED.matcher(host.console.log.text());
            assertThat(started.find()).as(host.console.log.text()).isTrue();
            assertThat(started.group(2)).isEqualTo(listedBeforePort.substring(listedBeforePort.indexOf(':') + 1));
            int port = Integer.parseInt(started.group(3));
            assertThat(port).isPositive();
            assertThat(host.console.log.text()).contains("Port=" + port + ",Server=");
            String listing = listedBeforePort + "Port=" + port;
            host.type(".servers");
            host.console.log.await("0 - Debugger Server - " + listing + "\n");
            assertThat(new ServerDiscovery(directory).lines()).containsExactly("Debugger Server - " + listing);
            return port;
        }
    }
}
