package io.dbgshell.it;

import io.dbgshell.testing.DbgshellProcess;
import io.dbgshell.testing.PtyProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Standard input that is not a terminal: commands are read line by line, output is plain text
 * with no escape sequences even when standard output is a terminal, and JLine says nothing.
 */
class PipeModeIT {
    private static final Duration EXIT = Duration.ofSeconds(20);
    private static final char ESC = '\u001b';

    @TempDir
    Path home;

    @Test
    void aHostReadingAPipeWritesPlainTextToATerminal() {
        try (PtyProcess host = PtyProcess.start(home, PtyProcess.Stdin.PIPE)) {
            host.typeLine(".echo first");
            host.typeLine(".echo second");
            host.closeInput();
            assertThat(host.awaitExit(EXIT)).isZero();
            host.awaitOnScreen("dbg> .echo first\nfirst\ndbg> .echo second\nsecond\n");
            assertThat(host.screen.text()).as("the raw screen").doesNotContain(String.valueOf(ESC));
            assertThat(host.err.text()).as("standard error (no JLine warning)").isEmpty();
        }
        assertThat(home.resolve("history")).as("piped commands are not history").doesNotExist();
    }

    @Test
    void aClientReadingAPipeWritesPlainTextToATerminal() {
        try (DbgshellProcess host = DbgshellProcess.start(home, "-server", "tcp:port=0")) {
            int port = host.out.awaitServerPort();
            try (PtyProcess client = PtyProcess.start(home, PtyProcess.Stdin.PIPE,
                    "-remote", "tcp:server=127.0.0.1,port=" + port)) {
                client.typeLine(".echo from a piped client");
                client.awaitOnScreen("dbg> .echo from a piped client\nfrom a piped client\n");
                client.closeInput();
                assertThat(client.awaitExit(EXIT)).isZero();
                assertThat(client.screen.text()).as("the raw screen").doesNotContain(String.valueOf(ESC));
                assertThat(client.err.text()).as("standard error (no JLine warning)").isEmpty();
            }
            host.out.await(" disconnected at ");
            host.closeInput();
            assertThat(host.awaitExit(EXIT)).isZero();
        }
    }

    @Test
    void aHostWithBothStreamsPipedWritesPlainText() {
        try (DbgshellProcess host = DbgshellProcess.start(home)) {
            host.type(".echo one");
            host.type("");
            host.type(".echo two");
            host.closeInput();
            assertThat(host.awaitExit(EXIT)).isZero();
            assertThat(host.out.text()).contains("dbg> .echo one\none\ndbg> .echo two\ntwo\n")
                    .doesNotContain(String.valueOf(ESC));
            assertThat(host.err.text()).as("standard error (no JLine warning)").isEmpty();
        }
    }
}
