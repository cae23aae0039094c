package io.dbgshell.session;

import io.dbgshell.config.Tunables;
import io.dbgshell.testing.TestTransports;
import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandText;
import io.dbgshell.command.CommandTrait;
import io.dbgshell.command.builtin.BuiltinCommands;
import io.dbgshell.host.HostLinks;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.shell.HostConsole;
import io.dbgshell.testing.RecordingConsole;
import io.dbgshell.testing.TestClient;
import io.dbgshell.testing.TestHost;
import io.dbgshell.testing.TextLog;
import io.dbgshell.transport.EventLoops;
import io.dbgshell.transport.Transports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static io.dbgshell.testing.Identities.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client's line of commands that never wait runs on its link's event loop while the session is
 * idle; every other line, and every line the host types, runs on the session thread. Either way
 * everyone, the host's console and transcript included, sees the same text in the same order.
 */
class EventLoopLinesTest {
    private final EventLoops loops = new EventLoops(2);
    private final Transports transports = TestTransports.tcp(loops);
    private final RecordingConsole hostConsole = new RecordingConsole();
    private final HostConsole host = new HostConsole(TestHost.HOST_IDENTITY, hostConsole, 
            Tunables.DEFAULTS);
    private final StringBuilder transcript = new StringBuilder();
    private Session session;
    private TestClient client;

    @BeforeEach
    void start() throws Exception {
        // a catch-up slower than the test takes to type its next line, so only the rule that every
        // session-thread task shows the backlog first can keep the host's screen in order
        session = Session.builder()
                .tunables(TestHost.fastSettings().with(SessionSettings.HOST_CATCH_UP, Duration.ofSeconds(3)))
                .transports(transports)
                .commands(BuiltinCommands.registry().register(new Where("where", true)).register(new Where("where-queued", false))).links(new HostLinks()).build();
        session.attachHostConsole(host);
        session.addTap(text -> {
            synchronized (transcript) {
                transcript.append(text);
            }
        });
        session.submit(host, ".server tcp:port=0");
        hostConsole.log.await("Server started with");
        ServerEntry server = session.servers().list().get(0);
        client = TestClient.join(transports, "tcp:server=127.0.0.1,port=" + TestTransports.port(server.spec()),
                ALICE);
        hostConsole.log.await("alice");
    }

    @AfterEach
    void stop() {
        client.close();
        session.end("Test over.");
        session.ended().toCompletableFuture().completeOnTimeout("", 5, TimeUnit.SECONDS).join();
        loops.close();
    }

    @Test
    void aClientsLineOfCommandsThatNeverWaitRunsOnItsLinksEventLoop() {
        assertThat(typeUntilItRunsOnTheEventLoop("where"))
                .as("a quick line found the session idle and ran on the link's event loop").isPositive();
        // nothing else happens in the session: the host's console catches up on its own
        assertThat(hostConsole.log.await("ran on dbgshell-io")).contains("ran on dbgshell-io");
    }

    @Test
    void aClientsLineWithACommandThatMayWaitRunsWhollyOnTheSessionThread() {
        client.type("where; where-queued");

        String shown = client.log().awaitCount("ran on ", 2, TextLog.DEFAULT_WAIT);
        assertThat(TextLog.count(shown, "ran on dbgshell-session")).isEqualTo(2);
    }

    @Test
    void theHostsLinesRunOnTheSessionThread() {
        session.submit(host, "where");

        assertThat(hostConsole.log.await("ran on ")).contains("ran on dbgshell-session");
    }

    @Test
    void theHostsConsoleAndTranscriptSeeALineRunOnAnEventLoopInItsPlace() {
        int attempts = typeUntilItRunsOnTheEventLoop("where; .echo one");
        assertThat(attempts).as("the line ran on the link's event loop").isPositive();
        client.log().awaitCount("one\n", attempts, TextLog.DEFAULT_WAIT);
        session.submit(host, ".echo two");
        String shown = hostConsole.log.await("two\n");

        String clientsLine = "ALICEBOX\\alice (tcp 127.0.0.1:";
        assertThat(shown).containsSubsequence(clientsLine, "dbg> where; .echo one\n", "ran on dbgshell-io\n",
                "one\n", "two\n");
        synchronized (transcript) {
            assertThat(transcript.toString()).containsSubsequence(clientsLine, "dbg> where; .echo one\n",
                    "ran on dbgshell-io\n", "one\n", "dbg> .echo two\n", "two\n");
        }
    }

    /**
     * Types {@code line} (which starts with {@code where}) until it runs on the link's event loop;
     * returns how many times it was typed, or 0 if it never did. The session is idle only once the
     * task that joined this client has finished, and a line that comes before that queues behind it,
     * as it must.
     */
    private int typeUntilItRunsOnTheEventLoop(String line) {
        for (int attempt = 1; attempt <= 20; attempt++) {
            client.type(line);
            String shown = client.log().awaitCount("ran on ", attempt, TextLog.DEFAULT_WAIT);
            if (shown.substring(shown.lastIndexOf("ran on ")).startsWith("ran on dbgshell-io\n")) {
                return attempt;
            }
        }
        return 0;
    }

    /** Prints the name of the thread it ran on, without the pool number. */
    private record Where(String name, boolean neverWaits) implements Command {
        @Override
        public CommandInfo info() {
            return neverWaits ? CommandInfo.of(name, "", "where it ran", CommandTrait.NEVER_WAITS)
                    : CommandInfo.of(name, "", "where it ran");
        }

        @Override
        public void execute(CommandContext context, CommandText command) {
            context.println("ran on " + Thread.currentThread().getName().replaceAll("-\\d+(-\\d+)?$", ""));
        }
    }
}
