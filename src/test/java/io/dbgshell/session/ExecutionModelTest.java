package io.dbgshell.session;

import io.dbgshell.protocol.Identity;
import io.dbgshell.testing.TestTransports;
import io.dbgshell.command.Command;
import io.dbgshell.command.CommandContext;
import io.dbgshell.command.CommandInfo;
import io.dbgshell.command.CommandText;
import io.dbgshell.command.CommandTrait;
import io.dbgshell.engine.TargetState;
import io.dbgshell.server.ServerEntry;
import io.dbgshell.testing.FakeEngine;
import io.dbgshell.testing.Lines;
import io.dbgshell.testing.TestClient;
import io.dbgshell.testing.TestHost;
import io.dbgshell.testing.TextLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static io.dbgshell.testing.Identities.ALICE;
import static io.dbgshell.testing.Identities.BOB;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The execution model of issue 13 through the real session, with a make-believe target behind it
 * and real clients over tcp: a line that sets the target running parks while everyone goes on,
 * commands that need a stopped target are refused meanwhile, anyone breaks in, the prompt follows
 * the target on every screen, and scripts and breakpoint commands wait for real stops.
 */
class ExecutionModelTest {
    private static final String HIT = "Breakpoint 0 hit\nLoop.work+0x3 [Loop.java @ 12]:";

    @TempDir
    Path dir;
    private final FakeEngine engine = new FakeEngine();
    private TestHost host;
    private TestClient alice;

    @BeforeEach
    void start() throws Exception {
        List<Command> commands = new ArrayList<>(engine.commands());
        commands.add(new Where());
        host = new TestHost(loops -> TestTransports.tcp(loops), TestHost.fastSettings(), engine, commands);
        alice = join(ALICE);
        engine.attach();
        alice.display.prompts.await("0:000> \n");
    }

    @AfterEach
    void stop() {
        alice.close();
        host.close();
    }

    private TestClient join(Identity who) throws Exception {
        ServerEntry server = host.startServer("tcp:port=0");
        TestClient client = TestClient.join(host.transports, "tcp:server=127.0.0.1,port=" + TestTransports.port(server.spec()), who);
        host.console.log.await(who.user() + " (tcp 127.0.0.1:");
        return client;
    }

    /** Types {@code g} (or a line starting with it) at the host and waits until everyone was told the target runs. */
    private void hostRuns(String line) {
        int before = TextLog.count(alice.display.prompts.text(), TargetState.RUNNING_PROMPT);
        host.type(line);
        alice.display.prompts.awaitCount(TargetState.RUNNING_PROMPT, before + 1, TextLog.DEFAULT_WAIT);
    }

    @Test
    void aLineThatSetsTheTargetRunningParksWhileAClientsLinesRun() {
        hostRuns("g; .echo after the stop");

        alice.type(".echo from alice while it runs");
        alice.log().await("\nfrom alice while it runs\n");
        assertThat(host.screenSoFar()).contains("\nfrom alice while it runs\n").doesNotContain("\nafter the stop\n");

        engine.hit(HIT, 0, Optional.empty());
        String shown = alice.log().await("\nafter the stop\n");
        Lines.assertInOrder(shown, "from alice while it runs", HIT, "after the stop");
        Lines.assertInOrder(host.console.log.await("\nafter the stop\n"), HIT, "after the stop");
    }

    @Test
    void aClientsNeverWaitingLineStillRunsOnItsLinksEventLoopWhileALineIsParked() {
        hostRuns("g; .echo after");

        // the join's and the prompt's tasks may still be finishing: the session is idle once they have
        boolean onEventLoop = false;
        for (int attempt = 1; attempt <= 20 && !onEventLoop; attempt++) {
            alice.type("where");
            String shown = alice.log().awaitCount("ran on ", attempt, TextLog.DEFAULT_WAIT);
            onEventLoop = shown.substring(shown.lastIndexOf("ran on ")).startsWith("ran on dbgshell-io\n");
        }
        assertThat(onEventLoop).as("a never-waiting line ran on the link's event loop while g waited").isTrue();
    }

    @Test
    void commandsThatNeedAStoppedTargetAreRefusedWhileItRunsAndRunOnceItStops() {
        hostRuns("g");

        alice.type("k");
        alice.log().await(LineRunner.TARGET_RUNNING + "\n");
        host.type("g");
        host.console.log.awaitCount(LineRunner.TARGET_RUNNING + "\n", 2, TextLog.DEFAULT_WAIT);
        assertThat(alice.log().text()).doesNotContain(FakeEngine.FRAME);

        engine.hit(HIT, 0, Optional.empty());
        alice.display.prompts.awaitCount("0:000> \n", 2, TextLog.DEFAULT_WAIT);
        alice.type("k");
        alice.log().await(FakeEngine.FRAME + "\n");
    }

    @Test
    void aBreakFromAClientStopsTheTargetWhileTheHostsLineIsParked() {
        hostRuns("g; .echo host line goes on");

        alice.remote.sendBreak();

        String shown = host.console.log.await("\nhost line goes on\n");
        Lines.assertInOrder(shown, FakeEngine.BREAK_ANNOUNCEMENT, "host line goes on");
        alice.log().await(FakeEngine.BREAK_ANNOUNCEMENT + "\n");
        alice.display.prompts.awaitCount("0:000> \n", 2, TextLog.DEFAULT_WAIT);
    }

    @Test
    void aBreakFromAClientIsNotQueuedBehindALongCommand() {
        hostRuns("g");
        host.type("slow");
        engine.awaitSlowRunning();

        alice.remote.sendBreak();

        // the session thread is still held by slow: only a break handled on the link's event loop gets through
        engine.awaitBreakIn();
        assertThat(host.console.log.text()).doesNotContain("slow done");
        engine.releaseSlow();
        assertThat(host.console.log.await(FakeEngine.BREAK_ANNOUNCEMENT + "\n")).contains("\nslow done\n");
    }

    @Test
    void thePromptReachesEveryParticipantOnEachChange() throws Exception {
        TestClient bob = join(BOB);
        try {
            bob.display.prompts.await("0:000> \n");
            // the host's console draws only the newest prompt: each change is awaited there before the next
            hostRuns("g");
            host.console.awaitPrompt(TargetState.RUNNING_PROMPT);
            engine.hit(HIT, 3, Optional.empty());
            host.console.awaitPrompt("0:003> ");
            engine.exit(0);
            host.console.awaitPrompt("dbg> ");

            String sequence = "0:000> \n*BUSY*> \n0:003> \ndbg> \n";
            alice.display.prompts.await(sequence);
            bob.display.prompts.await(sequence);
            assertThat(bob.log().await("Target exited with code 0\n")).contains(HIT);
        } finally {
            bob.close();
        }
    }

    @Test
    void aClientsCommandIsShownWithThePromptOfTheMoment() {
        alice.type(".echo stopped here");
        assertThat(host.console.log.await("\nstopped here\n")).contains(") 0:000> .echo stopped here\nstopped here\n");
        hostRuns("g");
        alice.type(".echo while running");
        assertThat(host.console.log.await("\nwhile running\n")).contains(") *BUSY*> .echo while running\nwhile running\n");
    }

    @Test
    void aScriptWaitsForTheTargetToStopBeforeItsLineAfterG() throws Exception {
        Path script = Files.writeString(dir.resolve("run.dbg"), "g\n.echo after g\n");
        host.type("$<" + script);
        alice.display.prompts.await(TargetState.RUNNING_PROMPT);

        alice.type(".echo meanwhile");
        alice.log().await("\nmeanwhile\n");
        assertThat(host.screenSoFar()).doesNotContain("\nafter g\n");

        engine.hit(HIT, 0, Optional.empty());
        Lines.assertInOrder(alice.log().await("\nafter g\n"), "meanwhile", HIT, "0:000> .echo after g\nafter g");
    }

    @Test
    void aLogpointThatResumesNeverLetsAParkedScriptThrough() throws Exception {
        Path script = Files.writeString(dir.resolve("run.dbg"), "g\n.echo after a real stop\n");
        host.type("$<" + script);
        alice.display.prompts.await(TargetState.RUNNING_PROMPT);

        engine.hit("Breakpoint 1 hit", 0, Optional.of(".echo logged; g"));
        alice.log().await("\nlogged\n");
        alice.display.prompts.awaitCount(TargetState.RUNNING_PROMPT, 2, TextLog.DEFAULT_WAIT);
        assertThat(host.screenSoFar()).doesNotContain("\nafter a real stop\n");

        engine.hit(HIT, 0, Optional.empty());
        Lines.assertInOrder(alice.log().await("\nafter a real stop\n"), "Breakpoint 1 hit", "logged", HIT, "after a real stop");
    }

    @Test
    void aLogpointThatResumesLeavesNoLineWaitingForItsStops() throws Exception {
        hostRuns("g");
        for (int hit = 1; hit <= 20; hit++) {
            engine.hit("Breakpoint 1 hit", 0, Optional.of(".echo logged " + hit + "; g"));
            alice.log().await("\nlogged " + hit + "\n");
            alice.display.prompts.awaitCount(TargetState.RUNNING_PROMPT, hit + 1, TextLog.DEFAULT_WAIT);
        }
        assertThat(host.session.parkedRuns().toCompletableFuture().get(10, TimeUnit.SECONDS))
                .as("only the typed g waits: each logpoint's g parked nothing that every later hit would wake")
                .isEqualTo(1);
    }

    @Test
    void aBreakpointsCommandsRunAfterTheStopsOutputAndBeforeLinesTypedLater() {
        hostRuns("g");

        engine.hit(HIT, 0, Optional.of(".echo \"bp says a; b\"; k"));
        alice.log().await(HIT);
        alice.type(".echo typed after the stop");

        Lines.assertInOrder(alice.log().await("\ntyped after the stop\n"),
                HIT, "bp says a; b", FakeEngine.FRAME, "typed after the stop");
    }

    @Test
    void aParkedLineWhoseTypistLeftNeverRuns() {
        alice.type("g; .echo alice left");
        host.console.prompts.await(TargetState.RUNNING_PROMPT);
        alice.type("q");
        host.console.log.await("disconnected at");

        engine.hit(HIT, 0, Optional.empty());
        host.console.log.await(HIT);
        assertThat(host.screenSoFar()).doesNotContain("\nalice left\n");
    }

    @Test
    void aTargetThatGoesAwayEndsTheWaitOfAParkedLine() {
        hostRuns("g; .echo after the end");

        engine.exit(3);

        Lines.assertInOrder(alice.log().await("\nafter the end\n"), "Target exited with code 3", "after the end");
        alice.display.prompts.await("*BUSY*> \ndbg> \n");
    }

    @Test
    void dotBreakStopsARunningTargetAndSaysSoWhenNothingRuns() {
        alice.type(".break");
        alice.log().await("Error: the target is not running\n");

        hostRuns("g; .echo broken in");
        alice.type(".break");
        assertThat(alice.log().await("\nbroken in\n")).contains(FakeEngine.BREAK_ANNOUNCEMENT + "\n");
    }

    @Test
    void targetOutputReachesEveryoneInOrderWhileALineIsParked() {
        hostRuns("g");
        for (int i = 0; i < 100; i++) {
            engine.print("out " + i + "\n");
        }
        engine.hit(HIT, 0, Optional.empty());

        String shown = alice.log().await(HIT + "\n");
        for (int i = 1; i < 100; i++) {
            assertThat(shown.indexOf("out " + i + "\n")).isGreaterThan(shown.indexOf("out " + (i - 1) + "\n"));
        }
        assertThat(shown.indexOf(HIT)).isGreaterThan(shown.indexOf("out 99\n"));
    }

    /** Prints the name of the thread it ran on, without the pool number; never waits. */
    private record Where() implements Command {
        @Override
        public CommandInfo info() {
            return CommandInfo.of("where", "", "where it ran (tests)", CommandTrait.NEVER_WAITS);
        }

        @Override
        public void execute(CommandContext context, CommandText command) {
            context.println("ran on " + Thread.currentThread().getName().replaceAll("-\\d+(-\\d+)?$", ""));
        }
    }
}
