package io.dbgshell.server;

import io.dbgshell.testing.TestTransports;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.tcp.TcpSpec;
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
        ServerEntry first = registry.start(TransportSpecParser.parse("tcp:port=24400:24410", Role.SERVER));
        ServerEntry second = registry.start(TransportSpecParser.parse("tcp:port=24400:24410,password=pw", Role.SERVER));
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
        int firstPort = ((TcpSpec) first.spec()).port().low();
        int secondPort = ((TcpSpec) second.spec()).port().low();
        assertThat(secondPort).isGreaterThan(firstPort);
        assertThat(registry.list()).extracting(ServerEntry::listingLine).containsExactly(
                "0 - <Disabled, exit pending>",
                "1 - Debugger Server - tcp:Port=" + secondPort + ":24410,Password=*");
        assertThat(events).containsExactly("stopped 0");
        assertThatThrownBy(() -> new Socket("127.0.0.1", firstPort).close()).isInstanceOf(ConnectException.class);
    }

    @Test
    void endingAnUnknownOrEndedServerIsAClearError() throws Exception {
        registry.start(TransportSpecParser.parse("tcp:port=24420:24430", Role.SERVER));
        registry.end(0);
        assertThatThrownBy(() -> registry.end(0)).isInstanceOf(ServerException.class).hasMessage("server 0 has already ended");
        assertThatThrownBy(() -> registry.end(7)).isInstanceOf(ServerException.class).hasMessage("no server with id 7 (see .servers)");
    }

    @Test
    void aServerThatCannotBindIsNotRegistered() throws IOException {
        try (java.net.ServerSocket busy = new java.net.ServerSocket(24440)) {
            assertThatThrownBy(() -> registry.start(TransportSpecParser.parse("tcp:port=24440", Role.SERVER)))
                    .hasMessage("port 24440 is already in use");
            assertThat(registry.list()).isEmpty();
            assertThat(busy.isBound()).isTrue();
        }
    }
}
