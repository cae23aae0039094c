package io.dbgshell.session;

import io.dbgshell.command.builtin.BuiltinCommands;
import io.dbgshell.config.Settings;
import io.dbgshell.host.HostLinks;
import io.dbgshell.shell.HostConsole;
import io.dbgshell.testing.RecordingConsole;
import io.dbgshell.testing.TestHost;
import io.dbgshell.transport.Transports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code .kick} and {@code .readonly} read the client number the same way, and name the token they refuse. */
class ClientNumberTest {
    private final RecordingConsole console = new RecordingConsole();
    private final HostConsole host = new HostConsole(TestHost.HOST_IDENTITY, console, Instant.now());
    private final Session session = Session.builder().settings(Settings.DEFAULTS).transports(new Transports())
            .commands(BuiltinCommands.registry()).links(HostLinks.defaults()).build();

    @AfterEach
    void end() {
        session.end("Test over.");
        session.ended().toCompletableFuture().completeOnTimeout("", 5, TimeUnit.SECONDS).join();
    }

    @Test
    void bothCommandsRefuseAMissingOrMalformedNumberAndWhatFollowsIt() {
        session.attachHostConsole(host);
        session.submit(host, ".kick");
        session.submit(host, ".readonly");
        session.submit(host, ".kick one");
        session.submit(host, ".readonly -1 on");
        session.submit(host, ".kick 1 2");
        session.submit(host, ".readonly 1  on  off");
        session.submit(host, ".kick  3 ");
        session.submit(host, ".readonly 3 on");
        session.submit(host, ".echo done");

        console.log.await("done\n");
        assertThat(console.log.text()).isEqualTo("""
                Error: .kick needs a client number (see .clients)
                Error: .readonly needs a client number (see .clients)
                Error: 'one' is not a client number (see .clients)
                Error: '-1' is not a client number (see .clients)
                Error: .kick takes one client number, got '2' after it
                Error: .readonly 1 needs on or off, got 'on  off'
                Error: no client 3 in the session (.clients lists them)
                Error: no client 3 in the session (.clients lists them)
                done
                """);
    }
}
