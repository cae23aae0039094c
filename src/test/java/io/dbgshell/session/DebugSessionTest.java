package io.dbgshell.session;

import io.dbgshell.engine.jdi.Programs;
import io.dbgshell.testing.DebugSession;
import io.dbgshell.testing.DebugSessionCase;
import io.dbgshell.testing.TargetPrograms;
import io.dbgshell.testing.TextLog;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 end to end, as people use it: the real session with the JDI engine and its commands,
 * a remote client over tcp, and real target JVMs compiled by the test. Every stop, stack and exit
 * is expected on the host's screen and then, with the same text, on the client's.
 */
class DebugSessionTest extends DebugSessionCase {
    private static final String LISTENING = "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:0";
    private static final int WORK = Programs.line(Programs.LOOP, "work");
    private static final int LATER = Programs.line(Programs.LATER, "later");

    @Test
    void stepsIntoAndOutOfRecursionShowsTheStackAndAnnouncesTheExitToEveryone() {
        s.create(TargetPrograms.compile(dir, true, TargetPrograms.HELLO), "Hello");

        s.type("t");
        s.expectStop("^Hello\\.main\\+0x0 \\[Hello\\.java @ 7]:\n");
        s.type("p");
        s.expectStop("^Hello\\.main\\+0x2 \\[Hello\\.java @ 8]:\n");
        s.type("t");
        s.expectStop("^Hello\\.fact\\+0x0 \\[Hello\\.java @ 3]:\n");
        s.type("t 2");
        s.expectStop("^Hello\\.fact\\+0x0 \\[Hello\\.java @ 3]:\n");
        s.type("k");
        s.expect("^ # Call Site\n00 Hello\\.fact\\+0x0 \\[Hello\\.java @ 3]\n01 Hello\\.fact\\+0x[0-9a-f]+ \\[Hello\\.java @ 4]\n"
                + "02 Hello\\.main\\+0x3 \\[Hello\\.java @ 8]\n");
        s.type("p");
        s.expectStop("^Hello\\.fact\\+0x[0-9a-f]+ \\[Hello\\.java @ 4]:\n");
        s.type("p");
        s.expectStop("^Hello\\.fact\\+0x[0-9a-f]+ \\[Hello\\.java @ 4]:\n");
        s.type("k");
        s.expect("^ # Call Site\n00 Hello\\.fact\\+0x[0-9a-f]+ \\[Hello\\.java @ 4]\n01 Hello\\.main\\+0x3 \\[Hello\\.java @ 8]\n"
                + "(?!02)");
        s.type("gu");
        s.expectStop("^Hello\\.main\\+0x6 \\[Hello\\.java @ 8]:\n");
        s.type("p");
        s.expectStop("^Hello\\.main\\+0x[0-9a-f]+ \\[Hello\\.java @ 9]:\n");

        s.type("g; .echo after the exit");
        s.expect("^fact 6\n(.*\n)*Target exited with code 7\n(.*\n)*after the exit\n");
        s.awaitPrompt("dbg> ");
    }

    @Test
    void aCommandTypedTheMomentAStopIsShownRunsOnTheStoppedTarget() {
        s.create(Programs.loop(dir), "Loop", "1000");
        s.type("g Loop.main");
        s.expectStop("^Loop\\.main\\+0x0 \\[Loop\\.java @ \\d+]:\n");

        for (int step = 0; step < 30; step++) {
            s.type("p");
            s.expectOnHost("^Loop\\.main\\+0x[0-9a-f]+ \\[Loop\\.java @ \\d+]:\n");
            s.type("k 1"); // at once, without waiting for the prompt to change
            assertThat(s.expect("^( # Call Site\n00 Loop\\.main|Error: .*)\n?")).as("k right after step %d", step)
                    .startsWith(" # Call Site");
        }
    }

    @Test
    void aClassWithoutLineNumbersStepsByBytecode() {
        s.create(TargetPrograms.compile(dir, false, TargetPrograms.HELLO), "Hello");

        s.type("t");
        s.expectStop("^Hello\\.main\\+0x0:\n");
        s.type("p");
        s.expectStop("^Hello\\.main\\+0x1:\n");
        s.type("k");
        s.expectText(" # Call Site\n00 Hello.main+0x1\n");
        s.type("bp Hello:8");
        s.expectText("Error: Hello has no line numbers (compiled with -g:none?)\n");
    }

    @Test
    void aClientBreaksIntoABusyLoopShowingItsSourceLineWhileTheHostsLineWaitsAndThenWithDotBreak() {
        s.create(TargetPrograms.compile(dir, true, TargetPrograms.SPIN), "Spin");
        s.type(".srcpath " + dir.resolve("src"));
        s.type("g; .echo after the break-in");
        s.expectText("spinning\n");
        s.awaitPrompt("*BUSY*> ");

        s.client.remote.sendBreak();
        s.expect("^\\([0-9a-f]+\\.0\\): Break-in\nSpin\\.(work|main)\\+0x[0-9a-f]+ \\[Spin\\.java @ (3|9)]:\n"
                + ">\\s+\\2: .*\n"); // with the source path set, the line it broke in at
        s.expectText("after the break-in\n");
        s.awaitStopped();
        s.type("k");
        s.expect("^ # Call Site\n00 Spin\\.(work|main)\\+0x[0-9a-f]+ \\[Spin\\.java @ (3|9)]\n");

        s.type("g");
        s.awaitPrompt("*BUSY*> ");
        s.client.type(".break");
        s.expect("^\\([0-9a-f]+\\.0\\): Break-in\n");
        s.awaitPrompt("0:000> ");
    }

    @Test
    void aBreakpointInALateClassResolvesInBothClassLoadersAndHitsInEach() {
        Path classes = Programs.loop(dir);
        s.type("bp Later:" + LATER);
        s.expectText("Breakpoint 0 is deferred until Later loads\n");
        s.type("bl");
        s.expectText(" 0 eu   0001 (0001)  0:**** (Later:" + LATER + ")\n");
        s.create(classes, "Loop", "2", dir.resolve("later").toString());

        s.type("g");
        s.expectStop("^Breakpoint 0 hit\nLater\\.run\\+0x[0-9a-f]+ \\[Later\\.java @ " + LATER + "]:\n");
        s.type("bl");
        s.expect("^ 0 e    0001 \\(0001\\)  0:\\*\\*\\*\\* Later\\.run\\+0x[0-9a-f]+ \\[Later\\.java @ " + LATER + "]\n");
        s.type("g");
        s.expectStop("^Breakpoint 0 hit\nLater\\.run\\+0x[0-9a-f]+ \\[Later\\.java @ " + LATER + "]:\n");
        s.type("g");
        s.expectText("Target exited with code 0\n");
        assertThat(TextLog.count(s.hostScreen(), "Breakpoint 0 hit")).as("one hit per class loader").isEqualTo(2);
    }

    @Test
    void aPassCountBreaksOnItsHitAndEveryOneAfter() {
        s.create(Programs.loop(dir), "Loop", "5");
        s.type("bp Loop:" + WORK + " 3");
        s.expectText("Breakpoint 0 is deferred until Loop loads\n");
        s.type("g Loop.main");
        s.expectStop("^Loop\\.main\\+0x0 \\[Loop\\.java @ \\d+]:\n");
        s.type("bl");
        s.expect("^ 0 e    0003 \\(0003\\)  0:\\*\\*\\*\\* Loop\\.work\\+0x[0-9a-f]+ \\[Loop\\.java @ " + WORK + "]\n");

        s.type("g");
        s.expectStop("^Breakpoint 0 hit\n");
        s.type("bl");
        s.expect("^ 0 e    0001 \\(0003\\)  0:\\*\\*\\*\\* Loop\\.work");
        for (int hit = 4; hit <= 5; hit++) {
            s.type("g");
            s.expectStop("^Breakpoint 0 hit\n");
        }
        s.type("g");
        s.expectText("Target exited with code 0\n");
        assertThat(TextLog.count(s.hostScreen(), "Breakpoint 0 hit")).as("hits 3, 4 and 5 of 5").isEqualTo(3);
    }

    @Test
    void aLogpointRunsItsCommandsOnEveryHitAndNeverStops() {
        s.create(Programs.loop(dir), "Loop", "4");
        s.type("bp Loop:" + WORK + " \".echo logged; g\"");

        s.type("g; .echo after the run");
        s.expect("^Target exited with code 0\n(.*\n)*after the run\n");
        String screen = s.hostScreen();
        assertThat(screen.lines().filter("logged"::equals)).as("one line per hit").hasSize(4);
        assertThat(screen).doesNotContain("Breakpoint 0 hit");
        assertThat(screen.indexOf("after the run")).as("the line waited for the run to end")
                .isGreaterThan(screen.lastIndexOf("\nlogged\n"));
        s.awaitPrompt("dbg> ");
    }

    @Test
    void aScriptsLineAfterGRunsOnceTheTargetHasStopped() throws Exception {
        s.create(Programs.loop(dir), "Loop", "2");
        Path script = Files.writeString(dir.resolve("run.dbg"),
                "bp Loop:" + WORK + " 2\ng\nk 2\n.echo script after the stop\ng\n.echo script after the exit\n");

        s.type("$<" + script);
        s.expect("^Breakpoint 0 hit\nLoop\\.work\\+0x[0-9a-f]+ \\[Loop\\.java @ " + WORK + "]:\n");
        s.expect("^00 Loop\\.work\\+0x[0-9a-f]+ \\[Loop\\.java @ " + WORK + "]\n01 Loop\\.main\\+0x[0-9a-f]+ \\[Loop\\.java @ \\d+]\n");
        s.expectText("script after the stop\n");
        s.expect("^Target exited with code 0\n(.*\n)*script after the exit\n");
        assertThat(TextLog.count(s.hostScreen(), "Breakpoint 0 hit")).as("the second of two calls only").isOne();
    }

    @Test
    void detachLeavesTheTargetRunningAndALaterAttachBreaksIntoIt() {
        TargetPrograms.compile(dir, true, TargetPrograms.TICKER);
        TextLog ticks = new TextLog();
        Process target = TargetPrograms.start(dir, "Ticker", "tick 0", ticks, LISTENING);
        try {
            s.type(".attach " + target.pid());
            s.expectText("Attached to process " + target.pid() + "; every thread is stopped (g runs them)\n");
            s.awaitStopped();
            s.client.type(".detach");
            s.expectText("Detached from process " + target.pid() + "; it keeps running\n");
            s.awaitPrompt("dbg> ");
            int before = TextLog.count(ticks.text(), "tick ");
            ticks.awaitCount("tick ", before + 2, DebugSession.WAIT);

            s.client.type(".attach 0n" + target.pid());
            s.expectText("Attached to process " + target.pid() + "; every thread is stopped (g runs them)\n");
            s.awaitStopped();
            s.type("g");
            s.awaitPrompt("*BUSY*> ");
            s.client.type(".break");
            s.expectStop("^\\(" + Long.toHexString(target.pid()) + "\\.0\\): Break-in\n");
            s.type("k");
            // in its sleep (line 5) nearly always, but now and then inside the println of line 4
            s.expect("^[0-9a-f]{2} Ticker\\.main\\+0x[0-9a-f]+ \\[Ticker\\.java @ [45]]\n");
            s.close();
            before = TextLog.count(ticks.text(), "tick ");
            ticks.awaitCount("tick ", before + 2, DebugSession.WAIT);
            assertThat(target.isAlive()).as("the session's end never ends a JVM it attached to").isTrue();
        } finally {
            target.destroyForcibly();
        }
    }

    @Test
    void exceptionsStopUncaughtByDefaultAndCaughtOnceAskedToShowingTheSourceLineOnceFound() {
        s.create(Programs.cart(dir), "Cart");
        int thrown = Programs.line(Programs.CART, "throw");

        s.type("g");
        s.expectStop("^\\([0-9a-f]+\\.0\\): java\\.lang\\.IllegalStateException: cart is empty - second chance\n"
                + "Cart\\.total\\+0x[0-9a-f]+ \\[Cart\\.java @ " + thrown + "]:\n");
        s.type(".kill");
        s.expectText("Target exited with code 1\n");
        s.awaitPrompt("dbg> ");

        s.create(Programs.cart(dir), "Cart");
        s.type("sxe java.lang.IllegalStateException");
        s.type(".srcpath " + dir.resolve("cart/src"));
        s.type("g");
        s.expectStop("^\\([0-9a-f]+\\.0\\): java\\.lang\\.IllegalStateException: cart is empty - first chance\n"
                + "Cart\\.total\\+0x[0-9a-f]+ \\[Cart\\.java @ " + thrown + "]:\n>\\s+" + thrown + ": .*// @throw\n");
        s.type("k");
        s.expect("^01 Cart\\.main\\+0x[0-9a-f]+ \\[Cart\\.java @ 11]\n");
    }

    @Test
    void threadsAreListedAndAClientsThreadChoiceChangesEveryonesPrompt() {
        s.create(TargetPrograms.compile(dir, true, TargetPrograms.WORKERS), "Workers");
        s.type("g");
        s.expectText("started\n");
        s.client.type(".break");
        s.expectStop("^\\([0-9a-f]+\\.0\\): Break-in\n");

        s.type("~");
        String workers = s.expect("^   (\\d+)  Id: [0-9a-f]+ +Suspend: 1  sleeping +worker-1$");
        String number = workers.strip().split(" ")[0];
        s.client.type("~" + number + "s");
        s.awaitPrompt(String.format("0:%03d> ", Integer.parseInt(number)));
        s.type("k");
        s.expect("^00 java\\.lang\\.Thread\\.sleep");
        s.expect("^0\\d Workers\\.nap\\+0x[0-9a-f]+ \\[Workers\\.java @ 12]\n");
    }
}
