package io.dbgshell.reliability;

import io.dbgshell.client.RemoteSession;
import io.dbgshell.config.Tunables;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.protocol.Identity;
import io.dbgshell.testing.TestHost;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.standard.TransportSpecParser;
import io.dbgshell.transport.Transports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8's load check, once per transport by a subclass: {@value #CLIENTS} real clients each send
 * {@value #COMMANDS} commands at once. Every command runs exactly once (the host's console shows each
 * output line once), each client's commands run in the order it sent them, and every client receives
 * every output line, in each sender's order.
 */
public abstract class AbstractManyClientsTest {
    static final int CLIENTS = 100;
    static final int COMMANDS = 100;
    private static final int LINES = CLIENTS * COMMANDS;
    private static final Duration DELIVERY_WAIT = Duration.ofSeconds(60);

    private TestHost host;
    private final List<RemoteSession> clients = new ArrayList<>();
    private final List<CommandTally> displays = new ArrayList<>();

    /** The transports this test runs over, on the host's event loops. */
    protected abstract Transports transports(EventLoops loops);

    protected abstract String serverTransport();

    /** The client transport string that joins {@code server}. */
    protected abstract String clientTransport(ServerEntry server);

    /**
     * The server client number {@code client} joins: the first one for all, unless the transport
     * takes one client per server (com), which starts more of them here.
     */
    protected ServerEntry serverFor(int client, ServerEntry first) {
        return first;
    }

    protected TestHost host() {
        return host;
    }

    /** How long the whole output may take to reach everyone. */
    protected Duration deliveryWait() {
        return DELIVERY_WAIT;
    }

    @BeforeEach
    void startHost() {
        host = new TestHost(this::transports, TestHost.fastSettings());
    }

    @AfterEach
    void stopHost() {
        clients.forEach(RemoteSession::disconnect);
        host.close();
    }

    @Test
    void everyCommandRunsOnceInItsClientsOrderAndEveryClientSeesAllTheOutput() throws Exception {
        CommandTally atHost = new CommandTally(CLIENTS);
        host.session.addTap(atHost::print);
        ServerEntry server = host.startServer(serverTransport());
        for (int c = 0; c < CLIENTS; c++) {
            CommandTally display = new CommandTally(CLIENTS);
            clients.add(RemoteSession.join(host.transports,
                    TransportSpecParser.parse(clientTransport(serverFor(c, server)), Role.CLIENT),
                    Tunables.DEFAULTS, new Identity("BOX" + c, "user" + c), Optional::empty, false, display));
            displays.add(display);
        }
        long start = System.nanoTime();

        // all at once: command i of every client goes out before command i + 1 of any
        for (int seq = 0; seq < COMMANDS; seq++) {
            for (int c = 0; c < CLIENTS; c++) {
                clients.get(c).send(".echo " + CommandTally.line(c, seq));
            }
        }

        assertThat(atHost.awaitTotal(LINES, deliveryWait())).as("lines the host ran").isTrue();
        for (int c = 0; c < CLIENTS; c++) {
            assertThat(displays.get(c).awaitTotal(LINES, deliveryWait())).as("lines client %d received", c).isTrue();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<Integer> inOrder = IntStream.range(0, COMMANDS).boxed().toList();
        for (int sender = 0; sender < CLIENTS; sender++) {
            assertThat(atHost.from(sender)).as("commands of client %d as the host ran them", sender).isEqualTo(inOrder);
            for (CommandTally display : displays) {
                assertThat(display.from(sender)).as("output of client %d's commands", sender).isEqualTo(inOrder);
            }
        }
        assertThat(atHost.total()).isEqualTo(LINES);
        assertThat(displays).allSatisfy(display -> assertThat(display.total()).isEqualTo(LINES));
        System.out.printf("%s: %d clients x %d commands, all output delivered in %d ms%n",
                getClass().getSimpleName(), CLIENTS, COMMANDS, millis);
    }
}
