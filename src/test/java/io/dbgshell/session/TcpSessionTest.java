package io.dbgshell.session;

import io.dbgshell.testing.Wiring;
import io.dbgshell.testing.FreePorts;
import io.dbgshell.testing.TestTransports;
import io.dbgshell.transport.spec.PortRange;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.testing.RawLink;
import io.dbgshell.testing.TestClient;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import static io.dbgshell.testing.Identities.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

/** The shared session behaviour over tcp, plus what only tcp has (port ranges). */
class TcpSessionTest extends AbstractSessionTransportTest {
    @Override
    protected Wiring wiring() {
        return Wiring.tcp();
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
        return TestTransports.port(server.spec());
    }

    @Test
    void aPortRangeSkipsABusyPortAndListsTheActualOne() throws Exception {
        PortRange range = FreePorts.range(11);
        int next = range.low() + 1;
        try (ServerSocket busy = new ServerSocket(range.low())) {
            ServerEntry server = host.startServer("tcp:port=" + range);

            assertThat(port(server)).isEqualTo(next);
            host.type(".servers");
            host.console.log.await(server.id() + " - Debugger Server - tcp:Port=" + next + ":" + range.high() + "\n");
            host.console.log.await("Client can connect with: dbgshell -remote tcp:Port=" + next + ",Server=");
            TestClient.join(host.transports, "tcp:server=localhost,port=" + next, ALICE).log().await("dbgshell ");
            assertThat(busy.isBound()).isTrue();
        }
    }

    @Test
    void aRangeWithNoFreePortIsOneClearErrorAndNoServer() throws Exception {
        PortRange range = FreePorts.range(2);
        try (ServerSocket first = new ServerSocket(range.low()); ServerSocket second = new ServerSocket(range.high())) {
            host.type(".server tcp:port=" + range);

            host.console.log.await("Error: cannot start server 'tcp:port=" + range + "': no free port in the range " + range + "\n");
            assertThat(host.session.servers().list()).isEmpty();
            assertThat(first.isBound() && second.isBound()).isTrue();
        }
    }

    @Test
    void icfEnableIsAcceptedAndReportedAsHavingNoEffect() {
        ServerEntry server = host.startServer(serverTransport(",IcfEnable"));

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
