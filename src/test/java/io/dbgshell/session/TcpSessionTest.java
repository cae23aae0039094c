package io.dbgshell.session;

import io.dbgshell.testing.TestTransports;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.testing.RawLink;
import io.dbgshell.testing.TestClient;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.tcp.TcpSpec;
import io.dbgshell.transport.Transports;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import static io.dbgshell.testing.Identities.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

/** The shared session behaviour over tcp, plus what only tcp has (port ranges). */
class TcpSessionTest extends AbstractSessionTransportTest {
    /** A range of its own per test class keeps parallel runs apart; the first free port is taken. */
    static final String RANGE = "24100:24199";

    @Override
    protected Transports transports(EventLoops loops) {
        return TestTransports.tcp(loops);
    }

    @Override
    protected String serverTransport(String extra) {
        return "tcp:port=" + RANGE + extra;
    }

    @Override
    protected String clientTransport(ServerEntry server, String extra) {
        return "tcp:server=127.0.0.1,port=" + port(server) + extra;
    }

    @Override
    protected RawLink rawLink(ServerEntry server) throws IOException {
        return RawLink.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), port(server)));
    }

    @Override
    protected String connectionPrefix() {
        return "(tcp 127.0.0.1:";
    }

    private static int port(ServerEntry server) {
        return ((TcpSpec) server.spec()).port().low();
    }

    @Test
    void aPortRangeSkipsABusyPortAndListsTheActualOne() throws Exception {
        try (ServerSocket busy = new ServerSocket(24300)) {
            ServerEntry server = host.startServer("tcp:port=24300:24310");

            assertThat(port(server)).isEqualTo(24301);
            host.type(".servers");
            host.console.log.await(server.id() + " - Debugger Server - tcp:Port=24301:24310\n");
            host.console.log.await("Client can connect with: dbgshell -remote tcp:Port=24301,Server=");
            TestClient.join(host.transports, "tcp:server=localhost,port=24301", ALICE).log().await("dbgshell ");
            assertThat(busy.isBound()).isTrue();
        }
    }

    @Test
    void aRangeWithNoFreePortIsOneClearErrorAndNoServer() throws Exception {
        try (ServerSocket first = new ServerSocket(24320); ServerSocket second = new ServerSocket(24321)) {
            host.type(".server tcp:port=24320:24321");

            host.console.log.await("Error: cannot start server 'tcp:port=24320:24321': no free port in the range 24320:24321\n");
            assertThat(host.session.servers().list()).isEmpty();
            assertThat(first.isBound() && second.isBound()).isTrue();
        }
    }

    @Test
    void icfEnableIsAcceptedAndReportedAsHavingNoEffect() {
        ServerEntry server = host.startServer("tcp:port=" + RANGE + ",IcfEnable");

        host.console.log.await("IcfEnable has no effect here: dbgshell opens no firewall ports");
        assertThat(server.spec().listing()).doesNotContain("IcfEnable");
    }

    @Test
    void aLineWithControlCharactersCannotForgeLinesOrDriveOtherTerminals() throws Exception {
        ServerEntry server = host.startServer(serverTransport(""));
        RawLink forger = raw(server);
        assertThat(forger.join("FORGER", "fay", java.util.Optional.empty())).isInstanceOf(io.dbgshell.protocol.Frame.Accepted.class);

        forger.write(new io.dbgshell.protocol.Frame.Input(".echo hi\nHOSTBOX\\hostuser dbg> qq\u001b[2J"));

        String shown = host.console.log.await("Error: a command line may not contain control characters");
        assertThat(shown).contains("dbg> .echo hi?HOSTBOX\\hostuser dbg> qq?[2J\n")
                .doesNotContain("\nHOSTBOX\\hostuser dbg> qq").doesNotContain("\u001b");
        assertThat(shown).doesNotContain("\nhi\n");
        assertThat(host.session.isEnding()).isFalse();
    }
}
