package io.dbgshell.shell;

import io.dbgshell.testing.TextLog;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.nio.channels.Pipe;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing a console whose input nobody writes ends a read blocked in it: the JVM's exit waits up to
 * 300 ms for every thread still in a native read, so a reader left blocked would delay every exit.
 */
class StreamConsoleCloseTest {
    @Test
    void closingTheConsoleEndsABlockedReadAsTheEndOfInput() throws Exception {
        Pipe input = Pipe.open(); // its writing end stays open and silent, as a terminal nobody types at
        try (Pipe.SinkChannel silent = input.sink()) {
            StreamConsole console = StreamConsole.over(input.source(), OutputStream.nullOutputStream());
            CompletableFuture<Optional<String>> read = CompletableFuture.supplyAsync(console::readLine);

            console.close();

            assertThat(read.get(TextLog.DEFAULT_WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEmpty();
            assertThat(silent.isOpen()).isTrue();
        }
    }
}
