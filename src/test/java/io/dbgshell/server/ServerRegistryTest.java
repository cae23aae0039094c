package io.dbgshell.server;

import io.dbgshell.testing.FreePorts;
import io.dbgshell.testing.TestTransports;
import io.dbgshell.transport.spec.PortRange;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.standard.TransportSpecParser;
import io.dbgshell.transport.spec.PasswordSource;
import io.dbgshell.transport.spec.Protocol;
import io.dbgshell.transport.Transports;
import io.dbgshell.transport.tcp.TcpClientTransport;
import io.dbgshell.transport.tcp.TcpServerTransport;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerRegistryTest {
    private final EventLoops loops = new EventLoops(1);
    private final List<String> events = new ArrayList<>();
    private final ServerRegistry registry = new ServerRegistry(
            TestTransports.tcp(loops),
            spec -> new ChannelInitializer<Channel>() {
                @Override
                protected void initChannel(Channel ch) {
                    ch.close();
                }
            }, events::add);

    @AfterEach
    void close() {
        registry.closeAll();
        loops.close();
    }

    @Test
    void idsCountFromZeroAndAnEndedServerKeepsItsSlot() throws Exception {
        PortRange range = FreePorts.range(11);
        ServerEntry first = registry.start(TransportSpecParser.parse("tcp:port=" + range, Role.SERVER));
        ServerEntry second = registry.start(TransportSpecParser.parse("tcp:port=" + range + ",password=pw", Role.SERVER));
        registry.addListener(new ServerListener() {
            @Override
            public void started(ServerEntry server) {
                events.add("started " + server.id());
            }

            @Override
            public void stopped(ServerEntry server) {
                events.add("stopped " + server.id());
            }
        });

        registry.end(0);

        assertThat(first.id()).isZero();
        assertThat(second.id()).isEqualTo(1);
        int firstPort = TestTransports.port(first.spec());
        int secondPort = TestTransports.port(second.spec());
        assertThat(secondPort).isGreaterThan(firstPort);
        assertThat(registry.list()).extracting(ServerEntry::listingLine).containsExactly(
                "0 - <Disabled, exit pending>",
                "1 - Debugger Server - tcp:Port=" + secondPort + ":" + range.high() + ",Password=*");
        assertThat(events).containsExactly("stopped 0");
        assertThatThrownBy(() -> new Socket("127.0.0.1", firstPort).close()).isInstanceOf(ConnectException.class);
    }

    @Test
    void endingAnUnknownOrEndedServerIsAClearError() throws Exception {
        registry.start(TransportSpecParser.parse("tcp:port=0", Role.SERVER));
        registry.end(0);
        assertThatThrownBy(() -> registry.end(0)).isInstanceOf(ServerException.class).hasMessage("server 0 has already ended");
        assertThatThrownBy(() -> registry.end(7)).isInstanceOf(ServerException.class).hasMessage("no server with id 7 (see .servers)");
    }

    @Test
    void aServerThatCannotBindIsNotRegistered() throws IOException {
        try (java.net.ServerSocket busy = new java.net.ServerSocket(0)) {
            int port = busy.getLocalPort();
            assertThatThrownBy(() -> registry.start(TransportSpecParser.parse("tcp:port=" + port, Role.SERVER)))
                    .hasMessage("port " + port + " is already in use");
            assertThat(registry.list()).isEmpty();
            assertThat(busy.isBound()).isTrue();
        }
    }
}
