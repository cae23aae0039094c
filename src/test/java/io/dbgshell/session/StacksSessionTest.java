package io.dbgshell.session;

import io.dbgshell.engine.jdi.StackTarget;
import io.dbgshell.testing.DebugSessionCase;
import io.dbgshell.testing.JdkFrames;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14's stacks and threads end to end: {@code kn}, {@code kp}, {@code ~}, {@code ~N},
 * {@code ~*k} typed at the host and by a remote client, on a real target ({@link StackTarget}) that
 * sleeps below a class compiled without {@code -g}; everyone sees the same lines.
 */
class StacksSessionTest extends DebugSessionCase {
    @BeforeEach
    void stopInTheSleep() {
        s.create(StackTarget.compile(dir), "Stacks");
        s.type("g");
        s.expectText("ready\n");
        s.client.type(".break");
        s.expectStop("^\\([0-9a-f]+\\.0\\): Break-in\n");
    }

    @Test
    void knAndKpShowNumberedFramesAndTheArgumentsOfEach() {
        // the JDK's own frames on top differ between JDKs (JdkFrames); the program's beneath them do not
        s.type("kn");
        s.expect("^ # Call Site\n" + JdkFrames.FRAMES + "[0-9a-f]{2} Bare\\.hold\\+0x3\n[0-9a-f]{2} "
                + Pattern.quote("Stacks.descend+0x1b [Stacks.java @ " + StackTarget.line("hold") + "]") + "\n");
        s.client.type("kp");
        s.expect("^ # Call Site\n" + JdkFrames.FRAMES + "[0-9a-f]{2} "
                + Pattern.quote("Bare.hold(int arg0 = 0, java.lang.String arg1 = \"deep\")+0x3") + "\n[0-9a-f]{2} "
                + Pattern.quote("Stacks.descend(int depth = 0, java.lang.String label = \"deep\", long big = 1099511627776L, "
                + "double ratio = 0.5, boolean flag = true, char c = 'x', int[] values = { length=3 }, "
                + "java.lang.Object nothing = null)+0x1b [Stacks.java @ " + StackTarget.line("hold") + "]") + "\n");
        s.expect("^[0-9a-f]{2} Stacks\\.main\\(java\\.lang\\.String\\[] args = \\{ length=0 }\\)\\+0xb3 \\[Stacks\\.java @ "
                + StackTarget.line("main") + "]\n");
        s.type("kp 0");
        s.expectText("Error: kp: the count must be from 1 to 10000, got '0'\n");
    }

    @Test
    void tildeListsTheThreadsWithTheirStatesAndTildeStarKTheirStacks() {
        s.client.type("~; .echo listed");
        String listing = s.expect("^\\.  0  Id: [0-9a-f]+ +Suspend: 1  sleeping +main\n( .*\n)+listed\n");
        assertThat(listing).containsPattern("(?m)^ +\\d+  Id: [0-9a-f]+ +Suspend: 1  running +listener$")
                .containsPattern("(?m)^ +\\d+  Id: [0-9a-f]+ +Suspend: 1  blocked on a monitor  blocked$");
        String waiter = listing.lines().filter(line -> line.matches(" +\\d+  Id: [0-9a-f]+ +Suspend: 1  waiting +waiter"))
                .findFirst().orElseThrow() + "\n";
        String number = waiter.strip().split(" ")[0];

        s.type("~" + number);
        s.expectText(waiter);
        s.type("~*k 1");
        s.expect("^\\.  0  Id: [0-9a-f]+ +Suspend: 1  sleeping +main\n # Call Site\n00 java\\.lang\\.Thread\\.sleep\\w*\\+0x0\n"
                + "\\(\\d+ more frames; a count of \\d+ shows them all\\)\n");
        s.expect("^" + Pattern.quote(waiter) + " # Call Site\n00 java\\.lang\\.Object\\.wait\\w*\\+0x0\n");
        s.client.type("~" + number + "kp 2");
        s.expect("^ # Call Site\n00 java\\.lang\\.Object\\.wait\\w*\\(long\\)\\+0x0\n01 java\\.lang\\.Object\\.wait\\([^)]*\\)\\+0x[0-9a-f]+ "
                + "\\[Object\\.java @ \\d+]\n\\(\\d+ more frames");
        s.client.type("~" + number + "s");
        s.awaitPrompt(String.format("0:%03d> ", Integer.parseInt(number)));
        s.type("~#");
        s.expect("^#  0  Id: [0-9a-f]+ +Suspend: 1  sleeping +main\n");
        s.type("~.");
        s.expectText("." + waiter.substring(1));
    }

    @Test
    void aTypeNameWhoseClassWouldBeLoadedByARefusedCallGetsTheRefusalNotUnknownName() {
        // main sleeps in native code: the step that would let it run the load cannot end in time
        s.type("?? null instanceof java.util.concurrent.Exchanger");
        s.expect("^Error: cannot call Class\\.forName: thread 0 did not reach an event within \\d+ ms \\(it is sleeping\\);"
                + " step with p or t, or pick another thread with ~Ns\n");
    }
}
