package io.dbgshell.shell;

import io.dbgshell.engine.TargetState;
import io.dbgshell.testing.FakeEngine;
import io.dbgshell.testing.Lines;
import io.dbgshell.testing.TestHost;
import io.dbgshell.transport.Transports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A host reading a pipe or a file feeds the session one line at a time, as cdb does: the next line is
 * read once the one before is over, a wait for the target to stop after {@code g} included, and the
 * first once the start-up commands are over. A person at a terminal still types while the target
 * runs. Through the real session, the real {@link Repl} and {@link StreamConsole}, with a make-believe
 * target.
 */
class PipedHostLinesTest {
    private static final String HIT = "Breakpoint 0 hit\nLoop.work+0x3 [Loop.java @ 12]:";
    private static final String RUNNING = "Error: the target is running";

    private final FakeEngine engine = new FakeEngine();
    private TestHost host;

    @BeforeEach
    void start() {
        host = new TestHost(loops -> new Transports(), TestHost.fastSettings(), engine, engine.commands());
        engine.attach();
        host.console.awaitPrompt("0:000> ");
    }

    @AfterEach
    void stop() {
        host.close();
    }

    /** Standard input that holds every line at once, as {@code printf 'g\nk\n' | dbgshell} gives them. */
    private static Console pipe(String lines) {
        return new StreamConsole(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
                OutputStream.nullOutputStream());
    }

    /** Reads {@code console} at the host, as the command line does. */
    private void read(Console console, CompletionStage<?> startUp) {
        Repl.start(console, startUp, line -> host.session.submit(host.participant, line),
                () -> host.session.breakIn(host.participant));
    }

    @Test
    void aPipesNextLineIsReadOnlyOnceTheTargetStoppedAfterG() throws Exception {
        read(pipe("g\nk\n.echo after k\n"), CompletableFuture.completedFuture(null));
        host.console.awaitPrompt(TargetState.RUNNING_PROMPT);
        assertThat(host.screenSoFar()).doesNotContain(RUNNING).doesNotContain(FakeEngine.FRAME);

        engine.hit(HIT, 0, Optional.empty());

        String shown = host.console.log.await("\nafter k\n");
        Lines.assertInOrder(shown, HIT, FakeEngine.FRAME, "after k");
        assertThat(shown).doesNotContain(RUNNING);
        // then the end of input, which quits
        assertThat(host.session.ended().toCompletableFuture().get(10, TimeUnit.SECONDS)).isEqualTo("Session ended by the host.");
    }

    @Test
    void aPipesFirstLineWaitsForTheStartUpCommands() {
        CompletionStage<Void> startUp = host.session.submit(host.participant, "g"); // -c "g"
        read(pipe(".echo first line\n"), startUp);
        host.console.awaitPrompt(TargetState.RUNNING_PROMPT);
        assertThat(host.screenSoFar()).doesNotContain("\nfirst line\n");

        engine.hit(HIT, 0, Optional.empty());

        Lines.assertInOrder(host.console.log.await("\nfirst line\n"), HIT, "first line");
    }

    @Test
    void aPersonAtATerminalTypesOnWhileTheTargetRuns() {
        read(new Typist("g", "k"), new CompletableFuture<>()); // start-up never over: a terminal does not wait for it

        host.console.log.await(RUNNING);
        assertThat(host.console.log.text()).doesNotContain(FakeEngine.FRAME);
    }

    @Test
    void aLineWaitingForTheTargetIsOverWhenTheSessionEnds() throws Exception {
        CompletionStage<Void> line = host.session.submit(host.participant, "g; .echo never");
        host.console.awaitPrompt(TargetState.RUNNING_PROMPT);
        assertThat(line.toCompletableFuture()).isNotDone();

        host.session.end("Test over.");

        line.toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(host.console.log.text()).doesNotContain("\nnever\n");
    }

    /** A terminal at which lines are typed one after another; then it waits for more forever. */
    private static final class Typist implements Console {
        private final BlockingQueue<String> typed;

        Typist(String... lines) {
            typed = new LinkedBlockingQueue<>(List.of(lines));
        }

        @Override
        public boolean interactive() {
            return true;
        }

        @Override
        public Optional<String> readLine() {
            try {
                return Optional.of(typed.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }

        @Override
        public void print(String text) {
            // what the session shows goes to the host's recording console
        }

        @Override
        public void prompt(String prompt) {
            // likewise
        }

        @Override
        public void clearScreen() {
            // likewise
        }

        @Override
        public void close() {
            // nothing was opened
        }
    }
}
