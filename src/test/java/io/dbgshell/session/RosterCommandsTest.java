package io.dbgshell.session;

import io.dbgshell.command.builtin.BuiltinCommands;
import io.dbgshell.config.Tunables;
import io.dbgshell.host.HostLinks;
import io.dbgshell.shell.HostConsole;
import io.dbgshell.testing.RecordingConsole;
import io.dbgshell.testing.TestHost;
import io.dbgshell.testing.TextLog;
import io.dbgshell.transport.Transports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roster's commands on the host alone: {@code .kick} and {@code .readonly} read the client number
 * the same way and name the token they refuse; {@code .clients} takes nothing and says when each one last typed a line.
 */
class RosterCommandsTest {
    private static final Instant ATTACHED = Instant.parse("2026-03-04T16:05:21Z");
    private final AtomicReference<Instant> now = new AtomicReference<>(ATTACHED);
    private final RecordingConsole console = new RecordingConsole();
    private final HostConsole host = new HostConsole(TestHost.HOST_IDENTITY, console, Tunables.DEFAULTS);
    private final Session session = Session.builder().tunables(Tunables.DEFAULTS).transports(new Transports())
            .clock(new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    throw new UnsupportedOperationException("one zone is enough here");
                }

                @Override
                public Instant instant() {
                    return now.get();
                }
            })
            .commands(BuiltinCommands.registry()).links(new HostLinks()).build();

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
        session.submit(host, ".clients now");
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
                Error: .clients takes no arguments, got 'now'
                done
                """);
    }

    @Test
    void theHostsLastActivityIsWhenItTypedItsLatestLine() {
        session.attachHostConsole(host);
        session.submit(host, ".clients");
        console.log.await("\n");
        now.set(ATTACHED.plusSeconds(3600));
        session.submit(host, ".clients");

        console.log.awaitCount("\n", 2, TextLog.DEFAULT_WAIT);
        assertThat(console.log.text()).isEqualTo("""
                0 host HOSTBOX\\hostuser, last active Wed Mar 04 16:05:21 2026
                0 host HOSTBOX\\hostuser, last active Wed Mar 04 17:05:21 2026
                """);
    }
}
