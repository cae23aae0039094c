package io.dbgshell.testing;

import io.dbgshell.client.ClientException;
import io.dbgshell.client.RemoteSession;
import io.dbgshell.config.Tunables;
import io.dbgshell.protocol.Identity;
import io.dbgshell.protocol.ProtocolSettings;
import io.dbgshell.transport.spec.Role;
import io.dbgshell.transport.standard.TransportSpecParser;
import io.dbgshell.transport.spec.TransportSyntaxException;
import io.dbgshell.transport.Transports;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A real client (RemoteSession over a real transport) whose display is recorded. */
public final class TestClient implements AutoCloseable {
    public final RecordingConsole display;
    public final RemoteSession remote;

    private TestClient(RecordingConsole display, RemoteSession remote) {
        this.display = display;
        this.remote = remote;
    }

    public static TestClient join(Transports transports, String transport, Identity who) throws ClientException {
        RecordingConsole display = new RecordingConsole();
        try {
            RemoteSession remote = RemoteSession.join(transports, TransportSpecParser.parse(transport, Role.CLIENT),
                    Tunables.DEFAULTS.with(ProtocolSettings.HANDSHAKE_TIMEOUT, Duration.ofSeconds(5)), who, Optional::empty, false, display);
            return new TestClient(display, remote);
        } catch (TransportSyntaxException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public TextLog log() {
        return display.log;
    }

    public void type(String line) {
        remote.send(line);
    }

    public RemoteSession.Outcome awaitOutcome() {
        return remote.outcome().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
    }

    @Override
    public void close() {
        remote.disconnect();
    }
}
