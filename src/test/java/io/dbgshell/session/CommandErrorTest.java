package io.dbgshell.session;

import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandText;
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

/** A command that throws an Error (out of memory, stack overflow) costs one line, not the session thread. */
class CommandErrorTest {
    private final RecordingConsole console = new RecordingConsole();
    private final HostConsole host = new HostConsole(TestHost.HOST_IDENTITY, console, Tunables.DEFAULTS);
    private final Session session = Session.builder().tunables(Tunables.DEFAULTS).transports(new Transports())
            .commands(BuiltinCommands.registry()
                    .register(new Throwing("oom", new OutOfMemoryError("Java heap space")))
                    .register(new Throwing("deep", new StackOverflowError())))
            .links(new HostLinks()).build();

    @AfterEach
    void end() {
        session.end("Test over.");
        session.ended().toCompletableFuture().completeOnTimeout("", 5, TimeUnit.SECONDS).join();
    }

    @Test
    void theSessionOutlivesErrorsAndTheIssuerGetsOneLineForEach() {
        session.attachHostConsole(host);
        session.submit(host, "oom");
        session.submit(host, "deep; .echo same line");
        session.submit(host, ".echo still here");

        console.log.await("still here\n");
        assertThat(console.log.text()).isEqualTo("""
                Error: internal error in oom (details in the log file)
                Error: internal error in deep (details in the log file)
                same line
                still here
                """);
        assertThat(session.isEnding()).isFalse();
    }

    private record Throwing(String name, Error error) implements Command {
        @Override
        public CommandInfo info() {
            return CommandInfo.of(name, "", "throws " + error.getClass().getSimpleName() + " (tests only)");
        }

        @Override
        public void execute(CommandContext context, CommandText command) {
            throw error;
        }
    }
}
