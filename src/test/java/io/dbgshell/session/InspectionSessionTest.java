package io.dbgshell.session;

import io.dbgshell.engine.jdi.FramePrograms;
import io.dbgshell.testing.DebugSessionCase;
import io.dbgshell.testing.TargetPrograms;
import io.dbgshell.testing.TextLog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14's frame commands end to end: {@code .frame}, {@code dv}, {@code dx}, {@code ??} and
 * {@code .printf} typed at the host of a real session with a remote client, against a real target;
 * each output is expected on the host's screen and then, the same, on the client's.
 */
class InspectionSessionTest extends DebugSessionCase {
    private static final int TALLY = FramePrograms.line("tally");
    private static final int LOOP = FramePrograms.line("loop");

    private void shop() {
        s.create(FramePrograms.shop(dir), "Shop", "3");
    }

    @Test
    void everyoneReadsTheSelectedFramesLocalsValuesAndExpressions() {
        shop();
        s.type("bp Shop:" + TALLY);
        s.type("g");
        s.expectStop("^Breakpoint 0 hit\nShop\\.tally\\+0x0 \\[Shop\\.java @ " + TALLY + "]:\n");

        s.type("dv");
        s.expectText("    i = 0\nlabel = \"hello\"\n");
        s.type(".frame 1");
        s.expect("^01 Shop\\.run\\+0x[0-9a-f]+ \\[Shop\\.java @ " + LOOP + "]\n");
        s.type("dv");
        s.expect("^   this = \\{Shop@0x[0-9a-f]+}\n      n = 3\n      a = 3\n      b = 7\n      s = \"hello\"\n"
                + "   list = \\{ size=3 }\n  stock = \\{ size=1 }\n   grid = \\{ length=2 }\n"
                + "   item = Shop\\$Item\\[name=\"pen\", price=5]\n   size = LARGE\n    box = \\{Shop\\$Box@0x[0-9a-f]+}\n"
                + "counter = \\{Shop\\$Counter@0x[0-9a-f]+}\n      i = 0\n");
        s.type("dx -r1 list");
        s.expectText("list             : { size=3 } [Type: java.util.ArrayList]\n"
                + "    [0x0]            : \"x\" [Type: java.lang.String]\n"
                + "    [0x1]            : \"y\" [Type: java.lang.String]\n"
                + "    [0x2]            : \"z\" [Type: java.lang.String]\n");
        s.type("dx -r2 stock");
        s.expect("^stock            : \\{ size=1 } \\[Type: java.util.TreeMap]\n    \\[0x0] +: \"pen\" -> \\{ size=2 }\n");
        s.type("?? a + b * 2");
        s.expectText("int 17\n");
        s.type("?? s.length()");
        s.expectText("int 5\n");
        s.type("?? a +* b");
        s.expectText("Error:       ^ Syntax error in 'a +* b': unexpected '*'\n");
        // WinDbg's glued forms: the arguments start where the command word cannot go on
        s.type("??a + b * 2");
        s.expectText("int 17\n");
        s.type("dv/t a");
        s.expect("^ *int a = 3\n");
        // the caret stands under the * as typed, behind the two escaped quotes before it
        String conditional = "bp /w \"s == \\\"x\\\" +* 1\" Shop:" + LOOP;
        s.type(conditional);
        s.expectText("Error: " + " ".repeat(conditional.indexOf('*')) + "^ Syntax error in 's == \"x\" +* 1': unexpected '*'\n");
        s.type(".printf \"a;b=%d %s\\n\", a + b, item.name()");
        s.expectText("a;b=10 pen\n");
        s.type(".frame");
        s.expect("^01 Shop\\.run\\+0x[0-9a-f]+ \\[Shop\\.java @ " + LOOP + "]\n");
        s.type(".frame 3");
        s.expectText("Error: .frame: no frame 03: thread 0 has 3 frames (00-02)\n");
    }

    @Test
    void aPrintfLogpointPrintsEveryHitToEveryone() {
        shop();
        s.type("bp Shop:" + LOOP + " \".printf \\\"i=%d of %s\\\\n\\\", i, s; g\"");
        s.type("g");
        s.expect("^i=0 of hello\n(.*\n)*i=1 of hello\n(.*\n)*i=2 of hello\n(.*\n)*Target exited with code 0\n");
        s.awaitPrompt("dbg> ");
    }

    @Test
    void afterABreakInACallRunsOnceItsThreadAloneIsSteppedToAnEventUnannounced() {
        breakIntoSpin();

        s.type("?? Math.max(2, 3)");
        // broken into at a method's return, the thread steps back into its caller, and says so
        s.expect("^(\\(thread 0 left the selected frame to be stopped by an event for the call;"
                + " evaluated in 00 \\S+\\+0x[0-9a-f]+[^\n]*\\)\n)?int 3\n");
        s.awaitPrompt("0:000> ");
        s.type("~");
        s.expect("^\\.  0  Id: [0-9a-f]+ +Suspend: 1  running +main\n");
        s.type("g");
        s.awaitPrompt("*BUSY*> ");
        s.type(".break");
        s.expectStop("^\\([0-9a-f]+\\.0\\): Break-in\n");
        assertThat(TextLog.count(s.hostScreen(), "Break-in")).as("the step to an event was not announced").isEqualTo(2);
    }

    @Test
    void aThreadSuspendedTwiceIsSteppedForACallAndKeepsBothSuspensions() throws Exception {
        breakIntoSpin();
        // a second suspension, as a second pending event set or another break-in leaves one
        s.debugger.engine().whileStopped(stop -> {
            stop.thread().suspend();
            return null;
        });
        s.type("~");
        s.expect("^\\.  0  Id: [0-9a-f]+ +Suspend: 2  running +main\n");
        s.type("?? Math.max(2, 3)");
        s.expect("^(\\(thread 0 left the selected frame[^\n]*\\)\n)?int 3\n");
        s.type("~");
        s.expect("^\\.  0  Id: [0-9a-f]+ +Suspend: 2  running +main\n");
    }

    @Test
    void aCallThatLoadsTheClassOfAQualifiedTypeNameIsMadeAfterABreakInNotTakenForAnUnknownName() {
        breakIntoSpin();
        s.type("?? null instanceof java.util.concurrent.Exchanger");
        s.expect("^(\\(thread 0 left the selected frame[^\n]*\\)\n)?boolean false\n");
    }

    private void breakIntoSpin() {
        s.create(TargetPrograms.compile(dir.resolve("spin"), true, TargetPrograms.SPIN), "Spin");
        s.type("g");
        s.expectText("spinning\n");
        s.awaitPrompt("*BUSY*> ");
        s.type(".break");
        s.expectStop("^\\([0-9a-f]+\\.0\\): Break-in\n");
    }
}
