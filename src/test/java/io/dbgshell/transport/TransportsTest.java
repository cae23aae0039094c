package io.dbgshell.transport;

import io.dbgshell.config.Tunables;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.spec.TransportSpec;
import io.dbgshell.transport.standard.TransportSpecParser;
import io.dbgshell.transport.tcp.Tcp;
import io.dbgshell.transport.tcp.TcpSpec;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A protocol's sides are made when it is first bound or dialled, once; a start that uses none makes none. */
class TransportsTest {
    private static final ChannelInitializer<Channel> NOTHING = new ChannelInitializer<>() {
        @Override
        protected void initChannel(Channel channel) {
        }
    };

    private final AtomicInteger servers = new AtomicInteger();
    private final AtomicInteger clients = new AtomicInteger();

    /** tcp's grammar, with sides that count how often they are made and refuse every use. */
    private final TransportProvider<TcpSpec> counted = new TransportProvider<>(Tcp.PROVIDER.syntax(), TcpSpec.class,
            context -> {
                servers.incrementAndGet();
                return (spec, link, listed) -> {
                    throw new TransportException("server side reached");
                };
            },
            context -> {
                clients.incrementAndGet();
                return (spec, link) -> {
                    throw new TransportException("client side reached");
                };
            });

    @Test
    void sidesAreMadeOnFirstUseOnly() throws Exception {
        try (EventLoops loops = new EventLoops(1)) {
            Transports transports = Transports.of(List.of(counted), new TransportContext(loops, Tunables.DEFAULTS, null, line -> { }, "host"));
            assertThat(servers).hasValue(0);
            assertThat(clients).hasValue(0);

            TransportSpec server = TransportSpecParser.parse("tcp:port=0", Role.SERVER);
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> transports.bind(server, NOTHING)).hasMessage("server side reached");
            }
            TransportSpec client = TransportSpecParser.parse("tcp:server=localhost,port=1", Role.CLIENT);
            assertThatThrownBy(() -> transports.connect(client, NOTHING)).hasMessage("client side reached");

            assertThat(servers).hasValue(1);
            assertThat(clients).hasValue(1);
        }
    }

    @Test
    void aProtocolWithoutARowIsRefusedInOneLine() throws Exception {
        try (EventLoops loops = new EventLoops(1)) {
            Transports transports = Transports.of(List.of(counted), new TransportContext(loops, Tunables.DEFAULTS, null, line -> { }, "host"));
            TransportSpec pipe = TransportSpecParser.parse("npipe:pipe=dbg", Role.SERVER);
            assertThatThrownBy(() -> transports.bind(pipe, NOTHING))
                    .hasMessage("the npipe transport is not available yet in this version");
            assertThat(servers).hasValue(0);
        }
    }
}
