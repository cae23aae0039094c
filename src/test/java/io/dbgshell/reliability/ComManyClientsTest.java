package io.dbgshell.reliability;

import io.dbgshell.config.Tunables;
import io.dbgshell.testing.TestTransports;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.transport.serial.ComSpec;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.Transports;
import io.dbgshell.transport.serial.PtyRelay;
import io.dbgshell.transport.serial.SerialLines;
import org.junit.jupiter.api.AfterEach;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * The many-clients check over one serial line: a com server takes one client (a line has one far
 * end), so the host starts a server on each of 100 channels of the same line, as a host would to
 * let 100 people in over one cable, and every client joins its own channel. All the output (each
 * client sees all 10,000 lines) crosses the one pty pair.
 */
class ComManyClientsTest extends AbstractManyClientsTest {
    private static final int BAUD = 115200;

    private PtyRelay relay;
    private SerialLines lines;

    @Override
    protected Transports transports(EventLoops loops) {
        try {
            relay = PtyRelay.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lines = new SerialLines(Tunables.DEFAULTS);
        return TestTransports.on(loops).com(lines).build();
    }

    @Override
    @AfterEach
    void stopHost() {
        super.stopHost(); // the host and its clients let go of the line first
        lines.close();
        try {
            relay.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected String serverTransport() {
        return server(0);
    }

    @Override
    protected ServerEntry serverFor(int client, ServerEntry first) {
        return client == 0 ? first : host().startServer(server(client));
    }

    @Override
    protected String clientTransport(ServerEntry server) {
        return "com:port=" + relay.pathB() + ",baud=" + BAUD + ",channel=" + ((ComSpec) server.spec()).channel();
    }

    @Override
    protected Duration deliveryWait() {
        return Duration.ofSeconds(120);
    }

    private String server(int channel) {
        return "com:port=" + relay.pathA() + ",baud=" + BAUD + ",channel=" + channel;
    }
}
