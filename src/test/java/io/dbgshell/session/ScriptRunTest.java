package io.dbgshell.session;

import io.dbgshell.command.CommandSettings;
import io.dbgshell.protocol.Identity;
import io.dbgshell.testing.TestTransports;
import io.dbgshell.command.ScriptForm;
import io.dbgshell.command.ScriptInvocation;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.testing.TestClient;
import io.dbgshell.testing.TestHost;
import io.dbgshell.testing.TextLog;
import io.dbgshell.transport.tcp.TcpSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Script files run through the real session: every form against real files with {@code ;}, blank
 * lines and comments, arguments, nesting and the depth limit, and scripts typed on a real tcp client.
 */
class ScriptRunTest {
    private static final Identity ALICE = new Identity("ALICEBOX", "alice");
    private static final Identity BOB = new Identity("BOBBOX", "bob");

    @TempDir
    Path dir;
    private TestHost host;
    private int marks;

    @BeforeEach
    void startHost() {
        host = new TestHost(loops -> TestTransports.tcp(loops), TestHost.fastSettings());
    }

    @AfterEach
    void stopHost() {
        host.close();
    }

    /** What the host's console shows for {@code line} typed at the host, up to the end of its output. */
    private String atHost(String line) {
        return shown(() -> host.type(line));
    }

    /** What the host's console shows after {@code start} runs, up to a marker typed after it (the host's own line is not echoed to it). */
    private String shown(Runnable start) {
        int before = host.console.log.text().length();
        start.run();
        String mark = "--mark " + (++marks) + "--";
        host.type(".echo " + mark);
        String after = host.console.log.await(mark + "\n").substring(before);
        return after.substring(0, after.indexOf(mark + "\n"));
    }

    private Path file(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private Path setup() throws IOException {
        return file("setup.dbg",
                "* start-up notes",
                ".echo one; .echo two",
                "",
                "   ",
                "$$ quiet; .echo three",
                ".echo \"four; still four\"");
    }

    @Test
    void dollarLessThanRunsLineByLineShowingEachCommandBeforeItsOutput() throws IOException {
        assertThat(atHost("$<" + setup())).isEqualTo("""
                dbg> * start-up notes
                dbg> .echo one
                one
                dbg> .echo two
                two
                dbg> $$ quiet
                dbg> .echo three
                three
                dbg> .echo "four; still four"
                four; still four
                """);
    }

    @Test
    void dollarLessThanTakesSemicolonsIntoTheFileName() throws IOException {
        Path odd = file("odd;name.dbg", ".echo from the odd one");

        assertThat(atHost("$< " + odd)).isEqualTo("dbg> .echo from the odd one\nfrom the odd one\n");
    }

    @Test
    void condensedFormsDropCommentLinesAndRunOneBlock() throws IOException {
        Path setup = setup();
        String expected = """
                dbg> .echo one
                one
                dbg> .echo two
                two
                dbg> $$ quiet
                dbg> .echo three
                three
                dbg> .echo "four; still four"
                four; still four
                """;

        assertThat(atHost("$><" + setup)).isEqualTo(expected);
        assertThat(atHost("$$><" + setup + "; .echo after")).isEqualTo(expected + "after\n");
    }

    @Test
    void aStarInsideACondensedBlockCommentsOutTheRestOfTheBlock() throws IOException {
        Path block = file("block.dbg", ".echo one; * the rest is gone", ".echo two");

        assertThat(atHost("$$><" + block)).isEqualTo("dbg> .echo one\none\ndbg> * the rest is gone;.echo two\n");
    }

    @Test
    void dollarDollarLessThanLetsMoreCommandsFollowAndAQuotedNameHoldSpaces() throws IOException {
        Path spaced = file("my setup.dbg", ".echo inside");

        assertThat(atHost("$$<\"" + spaced + "\" ; .echo after")).isEqualTo("dbg> .echo inside\ninside\nafter\n");
    }

    @Test
    void argumentsAreSubstitutedQuotedOrMissingAndOnlyOutputIsShown() throws IOException {
        Path script = file("my script.dbg",
                "* comment",
                ".echo The first argument is ${$arg1}.",
                ".echo The fifth argument is ${$arg5}.",
                ".echo The fourth argument is ${$arg4}.",
                ".echo empty [${$arg3}] name ${$arg0}");

        assertThat(atHost("$$>a< \"" + script + "\" \"First one\" Two \"\" Four; .echo recx")).isEqualTo("""
                The first argument is First one.
                The fifth argument is ${$arg5}.
                The fourth argument is Four.
                empty [] name %s
                recx
                """.formatted(script));
    }

    @Test
    void aBadArgumentRefusesTheWholeLine() throws IOException {
        Path script = file("args.dbg", ".echo ${$arg1}");

        assertThat(atHost(".echo before; $$>a< " + script + " \"unclosed; .echo after"))
                .isEqualTo("Error: missing closing quote in $$>a< " + script + " \"unclosed\n");
    }

    @Test
    void scriptsNestAndControlReturnsToTheCaller() throws IOException {
        Path inner = file("inner.dbg", ".echo inner ${$arg1}");
        Path outer = file("outer.dbg", ".echo outer starts", "$$>a< " + inner + " deep", ".echo outer ends");

        assertThat(atHost("$$<" + outer + "; .echo top")).isEqualTo("""
                dbg> .echo outer starts
                outer starts
                dbg> $$>a< %s deep
                inner deep
                dbg> .echo outer ends
                outer ends
                top
                """.formatted(inner));
    }

    @Test
    void aRecursiveScriptStopsAtTheDepthLimitWithOneError() throws IOException {
        Path self = dir.resolve("self.dbg");
        file("self.dbg", ".echo level", "$$<" + self, ".echo unwound");

        String shown = atHost("$$<" + self + "; .echo rest of the line");

        assertThat(TextLog.count(shown, "\nlevel\n")).isEqualTo(32);
        assertThat(shown).containsOnlyOnce("Error: script nesting exceeds 32 levels (recursive script?)\n")
                .doesNotContain("unwound").doesNotContain("rest of the line");
        assertThat(atHost(".echo next line runs")).isEqualTo("next line runs\n");
    }

    @Test
    void theDepthAndSizeLimitsAreTheSessionsSettings() throws IOException {
        host.close();
        host = new TestHost(loops -> TestTransports.tcp(loops), TestHost.fastSettings()
                .with(CommandSettings.SCRIPT_DEPTH, 3).with(CommandSettings.SCRIPT_BYTES, 100));
        Path self = file("self.dbg", ".echo level", "$$<" + dir.resolve("self.dbg"));
        Path big = file("big.dbg", ".echo " + "x".repeat(100));

        String deep = atHost("$$<" + self);
        String large = atHost("$<" + big);

        assertThat(TextLog.count(deep, "\nlevel\n")).isEqualTo(3);
        assertThat(deep).containsOnlyOnce("Error: script nesting exceeds 3 levels (recursive script?)\n");
        assertThat(large).isEqualTo("Error: script file '" + big + "' is larger than 100 bytes\n");
    }

    @Test
    void aRecursiveScriptWithAWayOutEnds() throws IOException {
        // each call prints its first argument and passes the rest on, two fewer each time
        Path count = file("count.dbg", ".echo at ${$arg1}",
                "$$>a< " + dir + "/${$arg2} ${$arg3} ${$arg4} ${$arg5} ${$arg6}");
        file("end.dbg", ".echo bottom");

        assertThat(atHost("$$>a< " + count + " 3 count.dbg 2 count.dbg 1 end.dbg; .echo back"))
                .isEqualTo("at 3\nat 2\nat 1\nbottom\nback\n");
    }

    @Test
    void anUnreadableFileIsOneErrorNamingIt() {
        assertThat(atHost("$$<" + dir.resolve("missing.dbg") + "; .echo after"))
                .isEqualTo("Error: script file '" + dir.resolve("missing.dbg") + "' not found\nafter\n");
        assertThat(atHost("$<" + dir)).isEqualTo("Error: script file '" + dir + "' is a directory, not a regular file\n");
    }

    @Test
    void clsIsRefusedInsideAScript() throws IOException {
        Path script = file("cls.dbg", ".cls", ".echo still running");

        assertThat(atHost("$<" + script))
                .isEqualTo("dbg> .cls\nError: '.cls' is not allowed in script files\ndbg> .echo still running\nstill running\n");
        assertThat(host.console.clears()).isZero();
    }

    @Test
    void theStartUpScriptRunsWithoutShowingItsOwnCommand() throws IOException {
        Path setup = setup();
        String shown = shown(() -> host.session.runScript(host.participant,
                new ScriptInvocation(ScriptForm.PLAIN_CHAINABLE, setup.toString(), List.of())));

        assertThat(shown).startsWith("dbg> * start-up notes\ndbg> .echo one\none\n").doesNotContain("$$<");
    }

    @Test
    void aClientsScriptRunsOnTheHostAndEveryoneSeesItsOutput() throws Exception {
        Path script = file("client.dbg", ".echo hello from the script");
        try (TestClient alice = join(ALICE); TestClient bob = join(BOB)) {
            alice.type("$$<" + script);

            String expected = "dbg> .echo hello from the script\nhello from the script\n";
            host.console.log.await("ALICEBOX\\alice (tcp 127.0.0.1:");
            host.console.log.await(expected);
            alice.log().await(expected);
            bob.log().await("ALICEBOX\\alice (tcp 127.0.0.1:");
            bob.log().await(expected);
        }
    }

    @Test
    void remoteExitInAClientsScriptRunsItsCommandsThenTheClientLeaves() throws Exception {
        Path script = file("leave.dbg", ".echo leaving", ".remote_exit .echo bye; .echo bye again", ".echo never");
        try (TestClient alice = join(ALICE); TestClient bob = join(BOB)) {
            alice.type("$$<" + script);

            alice.log().await("bye again\n");
            assertThat(alice.awaitOutcome().exitCode()).isZero();
            String seen = bob.log().awaitPattern("ALICEBOX\\\\alice \\(tcp [^)]*\\) disconnected at ");
            assertThat(seen).contains("dbg> .remote_exit .echo bye; .echo bye again\n"
                            + "dbg> .echo bye\nbye\ndbg> .echo bye again\nbye again\n")
                    .doesNotContain("never");
            assertThat(atHost(".clients")).doesNotContain("ALICEBOX").contains("BOBBOX");
        }
    }

    @Test
    void remoteExitIsRefusedTypedAtAPromptAndInTheHostsScripts() throws IOException {
        Path script = file("host-leave.dbg", ".remote_exit .echo bye");

        assertThat(atHost(".remote_exit .echo bye; .echo ignored"))
                .isEqualTo("Error: '.remote_exit' is allowed only in script files\n");
        assertThat(atHost("$$>a<" + script)).isEqualTo("Error: '.remote_exit' is for scripts run by a client;"
                + " the host ends the session with q\n");
        assertThat(host.session.isEnding()).isFalse();
    }

    private TestClient join(Identity who) throws Exception {
        ServerEntry server = servers();
        return TestClient.join(host.transports,
                "tcp:server=127.0.0.1,port=" + ((TcpSpec) server.spec()).port().low(), who);
    }

    private ServerEntry servers() {
        List<ServerEntry> running = host.session.servers().list();
        // hostfiles: the clients here run scripts, which read the host's files
        return running.isEmpty() ? host.startServer("tcp:port=24400:24499,hostfiles") : running.get(0);
    }
}
