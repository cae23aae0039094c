package io.dbgshell.session;

import io.dbgshell.engine.jdi.FramePrograms;
import io.dbgshell.testing.DebugSessionCase;
import io.dbgshell.testing.TargetPrograms;
import io.dbgshell.testing.TestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.dbgshell.testing.Identities.BOB;
import static io.dbgshell.testing.Identities.CAROL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Roles with a real target JVM: an observer watches a breakpoint hit and looks at the stopped
 * target, while every command that would move or change it is refused with no effect on the target
 * (its thread stays where it stopped, its breakpoints stay as they were); an observer's break-in
 * leaves a running target running; a driver without {@code hostfiles} can neither store host-file
 * commands in a breakpoint nor launch, attach or list JVMs, nor point the source path at host directories or list sources.
 */
class RolesDebugTest extends DebugSessionCase {
    private static final String OBSERVER = "changes the target or the session, and you are an observer\n";
    private static final String NO_GRANT = "uses the host's files or processes, which the server you joined through "
            + "does not grant (hostfiles)\n";

    /** A driver through a server without the grant. */
    private TestClient bob;
    /** An observer through a readonly server. */
    private TestClient carol;

    @BeforeEach
    void join() throws Exception {
        bob = s.join("", BOB);
        carol = s.join(",readonly", CAROL);
    }

    @AfterEach
    void leave() {
        carol.close();
        bob.close();
    }

    @Test
    void anObserverSeesABreakpointHitLooksAndCannotMoveOrChangeTheTarget() {
        s.create(TargetPrograms.compile(dir, true, TargetPrograms.HELLO), "Hello");
        s.type("bp Hello:8");
        s.type("g");
        s.expectStop("^Breakpoint 0 hit\n");
        carol.log().await("Breakpoint 0 hit\n");

        carol.type("k");
        carol.log().awaitPattern(" # Call Site\n00 Hello\\.main\\+0x[0-9a-f]+ \\[Hello\\.java @ 8]\n");
        carol.type("~");
        carol.log().awaitPattern("\\.  +0  Id: \\S+ +Suspend: 1 .*main\n");

        for (String change : List.of("g", "p", "t", "gu", "bp Hello:9", "bc 0", "bd 0", "sxe *", ".kill", ".detach",
                ".stepfilter /c", ".break")) {
            carol.type(change);
            carol.log().await("Error: '" + change.split(" ")[0] + "' " + OBSERVER);
        }
        s.type("bl");
        s.expectText(" 0 e");
        assertThat(s.debugger.breakpoints().list()).hasSize(1);
        assertThat(s.debugger.engine().state().kind()).isEqualTo(io.dbgshell.engine.TargetState.Kind.STOPPED);
        s.type("k");
        s.expect("^ # Call Site\n00 Hello\\.main\\+0x[0-9a-f]+ \\[Hello\\.java @ 8]\n");
        assertThat(s.hostScreen()).doesNotContain("fact 6").doesNotContain("Error:");

        s.type("g");
        s.expect("^fact 6\n(.*\n)*Target exited with code 7\n");
    }

    @Test
    void anObserverReadsLocalsAndValuesButItsExpressionsRunNoCodeInTheTarget() {
        s.create(FramePrograms.shop(dir), "Shop", "3");
        s.type("bp Shop:" + FramePrograms.line("tally"));
        s.type("g");
        s.expectStop("^Breakpoint 0 hit\n");

        carol.type("dv");
        carol.log().await("    i = 0\nlabel = \"hello\"\n");
        carol.type("?? i + 1");
        carol.log().await("int 1\n");
        carol.type("?? label.length()");
        carol.log().awaitPattern("Error: .*would run code in the target, which this evaluation may not do\n");
        bob.type("?? label.length()");
        bob.log().await("int 5\n");
    }

    @Test
    void anObserversBreakInLeavesTheTargetRunningAndADriversStopsIt() {
        s.create(TargetPrograms.compile(dir, true, TargetPrograms.SPIN), "Spin");
        s.type("g");
        s.expectText("spinning\n");
        s.awaitPrompt("*BUSY*> ");

        carol.remote.sendBreak();
        carol.log().await("Error: break-in changes the target, and you are an observer\n");
        assertThat(s.debugger.engine().state().running()).isTrue();
        assertThat(s.hostScreen()).doesNotContain("Break-in").doesNotContain("Error:");

        bob.remote.sendBreak();
        s.expect("^\\([0-9a-f]+\\.0\\): Break-in\n");
        s.awaitStopped();
    }

    @Test
    void aDriverWithoutTheGrantCannotStoreHostFileCommandsNorLaunchAttachOrListJvms() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.dbg"), ".echo the host's secret\n", StandardCharsets.UTF_8);
        s.create(TargetPrograms.compile(dir, true, TargetPrograms.HELLO), "Hello");

        bob.type("bp Hello:8 \"$<" + secret + "\"");
        bob.log().await("Error: '$<' " + NO_GRANT);
        bob.type("bp Hello:8 \".echo hit; bm Hello.f*\"");
        bob.log().await("Error: a client's stored commands may not store commands in turn ('bm')\n");
        bob.type("bm Hello.f* \".logopen " + dir.resolve("t.log") + "\"");
        bob.log().await("Error: '.logopen' " + NO_GRANT);
        bob.type("ba w Hello.count \"$$<" + secret + "\"");
        bob.log().await("Error: '$$<' " + NO_GRANT);
        for (String hostCommand : List.of(".create java -version", ".attach 1", ".tlist", ".srcpath " + dir,
                ".srcpath", "lsa Hello:8", "ls")) {
            bob.type(hostCommand);
            bob.log().await("Error: '" + hostCommand.split(" ")[0] + "' " + NO_GRANT);
        }
        carol.type(".tlist");
        carol.log().await("Error: '.tlist' uses the host's files or processes, which an observer may not\n");
        carol.type("lsa Hello:8");
        carol.log().await("Error: 'lsa' uses the host's files or processes, which an observer may not\n");
        assertThat(s.debugger.breakpoints().list()).isEmpty();

        bob.type("bp Hello:8 \".echo stored by bob\"");
        bob.type("bl");
        bob.log().awaitPattern("\n 0 e.*Hello:8");
        assertThat(s.debugger.breakpoints().list()).hasSize(1);
        s.type("g");
        s.expectStop("^Breakpoint 0 hit\n");
        s.expectText("stored by bob\n");
        assertThat(s.hostScreen()).doesNotContain("the host's secret").doesNotContain("Started java -version");
        s.type(".srcpath");
        s.expectText("Source search path is empty\n"); // bob's .srcpath changed nothing
        assertThat(dir.resolve("t.log")).doesNotExist();
    }
}
