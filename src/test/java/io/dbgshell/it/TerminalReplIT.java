package io.dbgshell.it;

import io.dbgshell.testing.Ansi;
import io.dbgshell.testing.DbgshellProcess;
import io.dbgshell.testing.PtyProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import static io.dbgshell.testing.PtyProcess.CTRL_C;
import static io.dbgshell.testing.PtyProcess.CTRL_D;
import static io.dbgshell.testing.PtyProcess.ENTER;
import static io.dbgshell.testing.PtyProcess.TAB;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interactive console of issue 2 on a real terminal: the launcher runs on a pty and the test
 * types keystrokes into it, as a person would.
 */
class TerminalReplIT {
    private static final Duration EXIT = Duration.ofSeconds(20);
    private static final String PROMPT = "dbg> ";

    @TempDir
    Path home;

    @Test
    void thePromptShowsTabCompletesCommandNamesAndCtrlDQuits() {
        try (PtyProcess host = PtyProcess.start(home)) {
            host.awaitOnScreen(PROMPT);
            host.keys(".ec" + TAB);
            host.awaitOnScreen(PROMPT + ".echo ");
            host.keys("completed" + ENTER);
            awaitOutputLine(host, "completed");
            awaitPromptNumber(host, 2);
            host.keys(CTRL_D);
            assertThat(host.awaitExit(EXIT)).isZero();
            assertThat(host.err.text()).as("standard error").isEmpty();
            assertThat(host.inLineMode()).as("the terminal is restored").isTrue();
        }
    }

    @Test
    void aHostStoppedWhileEditingALineRestoresTheTerminal() {
        try (PtyProcess host = PtyProcess.start(home)) {
            host.awaitOnScreen(PROMPT);
            host.keys(".echo half");
            host.awaitOnScreen(PROMPT + ".echo half");
            assertThat(host.inLineMode()).as("JLine edits in raw mode").isFalse();
            host.signalTerm();
            assertThat(host.awaitExit(EXIT)).as("the JVM's exit code after SIGTERM, hooks done").isEqualTo(143);
            host.awaitOnScreen("Session ended: the host was stopped.");
            assertThat(host.inLineMode()).as("the terminal is restored").isTrue();
        }
    }

    @Test
    void ctrlCCancelsAHalfTypedLineAndThePromptComesBack() {
        try (PtyProcess host = PtyProcess.start(home)) {
            host.awaitOnScreen(PROMPT);
            host.keys(".echo never");
            host.awaitOnScreen(PROMPT + ".echo never");
            host.keys(CTRL_C);
            awaitPromptNumber(host, 2);
            host.keys(".echo after" + ENTER);
            awaitOutputLine(host, "after");
            assertThat(lines(host.plainScreen())).as("the cancelled command never ran").doesNotContain("never");
            awaitPromptNumber(host, 3);
            host.keys(CTRL_D);
            assertThat(host.awaitExit(EXIT)).isZero();
        }
    }

    @Test
    void historyIsKeptInTheHomeDirectoryWithPasswordsMasked() throws Exception {
        try (PtyProcess host = PtyProcess.start(home)) {
            host.awaitOnScreen(PROMPT);
            host.keys(".server tcp:port=0,password=s3cret" + ENTER);
            host.awaitOnScreen("Server started with 'tcp:port=0,password=*'");
            awaitPromptNumber(host, 2);
            host.keys(CTRL_D);
            assertThat(host.awaitExit(EXIT)).isZero();
        }
        Path history = home.resolve("history");
        assertThat(history).exists();
        assertThat(Files.readString(history))
                .contains(".server tcp:port=0,password=*")
                .doesNotContain("s3cret");
    }

    @Test
    void outputFromAClientAppearsAboveTheHostPromptWithoutLosingTypedInput() {
        try (PtyProcess host = PtyProcess.start(home, "-server", "tcp:port=0")) {
            int port = host.awaitServerPort();
            host.awaitOnScreen(PROMPT);
            try (DbgshellProcess client = DbgshellProcess.start(home, "-remote", "tcp:server=127.0.0.1,port=" + port)) {
                host.awaitOnScreen(" connected at ");
                host.keys(".echo par");
                host.awaitOnScreen(PROMPT + ".echo par");

                client.type(".echo from client");
                String screen = host.awaitOnScreen("\nfrom client\n");
                int after = screen.indexOf("\nfrom client\n");
                // the half-typed line is drawn again below the client's output
                host.screen.awaitMatch(t -> Ansi.strip(t).indexOf(PROMPT + ".echo par", after) > after,
                        "the half-typed line redrawn under the client's output", Duration.ofSeconds(10));

                host.keys("tial" + ENTER);
                awaitOutputLine(host, "partial");
                client.out.await(PROMPT + ".echo partial\npartial\n");
                client.type("q");
                assertThat(client.awaitExit(EXIT)).isZero();
            }
            host.awaitOnScreen(" disconnected at ");
            host.keys(CTRL_D);
            assertThat(host.awaitExit(EXIT)).isZero();
        }
    }

    @Test
    void aClientOnATerminalShowsThePromptAndCtrlDLeaves() {
        try (DbgshellProcess host = DbgshellProcess.start(home, "-server", "tcp:port=0")) {
            int port = host.out.awaitServerPort();
            try (PtyProcess client = PtyProcess.start(home, "-remote", "tcp:server=127.0.0.1,port=" + port)) {
                client.awaitOnScreen(PROMPT);
                host.out.await(" connected at ");
                client.keys(".echo from the pty" + ENTER);
                awaitOutputLine(client, "from the pty");
                host.out.awaitPattern("\\) dbg> \\.echo from the pty\nfrom the pty\n");
                awaitPromptNumber(client, 2);
                client.keys(CTRL_D);
                assertThat(client.awaitExit(EXIT)).isZero();
                assertThat(client.err.text()).as("standard error").isEmpty();
            }
            host.out.await(" disconnected at ");
            host.closeInput();
            assertThat(host.awaitExit(EXIT)).isZero();
        }
    }

    private static void awaitOutputLine(PtyProcess process, String line) {
        process.screen.awaitMatch(t -> lines(Ansi.strip(t)).contains(line), "the output line '" + line + "'",
                OUTPUT_WAIT);
    }

    /** Waits for the n-th prompt, so keys typed next reach a line being edited rather than type-ahead. */
    private static void awaitPromptNumber(PtyProcess process, int n) {
        process.awaitOnScreen(PROMPT, n);
    }

    private static java.util.List<String> lines(String screen) {
        return Arrays.asList(screen.split("\n"));
    }

    private static final Duration OUTPUT_WAIT = Duration.ofSeconds(10);
}
