package io.dbgshell.session;

import io.dbgshell.command.builtin.BuiltinCommands;
import io.dbgshell.config.Tunables;
import io.dbgshell.host.HostLinks;
import io.dbgshell.shell.HostConsole;
import io.dbgshell.testing.RecordingConsole;
import io.dbgshell.testing.TestHost;
import io.dbgshell.transport.Transports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code .help} lists every command; {@code .help NAME} shows the one asked for, by name or alias. */
class HelpLinesTest {
    private final RecordingConsole console = new RecordingConsole();
    private final HostConsole host = new HostConsole(TestHost.HOST_IDENTITY, console, Tunables.DEFAULTS);
    private final Session session = Session.builder().tunables(Tunables.DEFAULTS).transports(new Transports())
            .commands(BuiltinCommands.registry()).links(new HostLinks()).build();

    @AfterEach
    void end() {
        session.end("Test over.");
        session.ended().toCompletableFuture().completeOnTimeout("", 5, TimeUnit.SECONDS).join();
    }

    @Test
    void oneCommandByNameOrAliasOrAnyCase() {
        session.attachHostConsole(host);
        session.submit(host, ".help .echo");
        session.submit(host, ".help ?");
        session.submit(host, ".HELP .ECHO");
        session.submit(host, ".echo done");

        console.log.await("done\n");
        assertThat(console.log.text()).isEqualTo("""
                .echo TEXT  print TEXT to everyone in the session
                .help, ? [COMMAND]  list the commands, or show one
                .echo TEXT  print TEXT to everyone in the session
                done
                """);
    }

    @Test
    void anUnknownNameIsOneLineAndTheListStillWorks() {
        session.attachHostConsole(host);
        session.submit(host, ".help nosuch");
        session.submit(host, ".help");

        console.log.await(".echo");
        assertThat(console.log.text()).startsWith("Error: no command 'nosuch' (.help lists the commands)\n");
        assertThat(console.log.text().lines().skip(1)).hasSizeGreaterThan(5).anyMatch(line -> line.startsWith(".server"));
    }
}
