package io.dbgshell.shell;

import io.dbgshell.config.Tunables;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A prompt is shown below the text printed before it, even when the console was busy showing earlier text. */
class ConsoleWriterOrderTest {

    @Test
    void promptComesAfterTheTextQueuedBeforeIt() throws Exception {
        CountDownLatch firstShowing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> shown = new ArrayList<>();
        CountDownLatch promptShown = new CountDownLatch(1);
        Console console = new Console() {
            @Override
            public void print(String text) {
                synchronized (shown) {
                    shown.add(text);
                }
                firstShowing.countDown();
                await(release);
            }

            @Override
            public void prompt(String prompt) {
                synchronized (shown) {
                    shown.add("prompt " + prompt);
                }
                promptShown.countDown();
            }

            @Override
            public void clearScreen() {
            }

            @Override
            public boolean interactive() {
                return false;
            }

            @Override
            public Optional<String> readLine() {
                return Optional.empty();
            }

            @Override
            public void close() {
            }
        };
        ConsoleWriter writer = new ConsoleWriter(console, Tunables.DEFAULTS, "console-order-test");
        writer.print("first\n");
        assertThat(firstShowing.await(10, TimeUnit.SECONDS)).isTrue();
        // while the console is busy: the output of a command, then the prompt that follows it
        writer.print("Started, stopped before main\n");
        writer.prompt("0:000> ");
        release.countDown();
        assertThat(promptShown.await(10, TimeUnit.SECONDS)).isTrue();
        synchronized (shown) {
            assertThat(shown).containsExactly("first\n", "Started, stopped before main\n", "prompt 0:000> ");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
