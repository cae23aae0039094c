package io.dbgshell.session;

import com.sun.jdi.AbsentInformationException;
import com.sun.jdi.IntegerValue;
import com.sun.jdi.StackFrame;
import io.dbgshell.engine.EngineException;
import io.dbgshell.engine.jdi.Programs;
import io.dbgshell.testing.DebugSessionCase;
import io.dbgshell.testing.TextLog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14's watchpoints ({@code ba}) and conditions ({@code bp /w}) end to end: the real session
 * with the JDI engine, a remote client over tcp, and real target JVMs. Every hit is expected on the
 * host's screen and then, with the same text, on the client's.
 */
class WatchAndConditionSessionTest extends DebugSessionCase {
    private static final int WORK = Programs.line(Programs.LOOP, "work");
    private static final int LATER = Programs.line(Programs.LATER, "later");
    private static final String AT_WORK = "Loop\\.work\\+0x[0-9a-f]+ \\[Loop\\.java @ " + WORK + "]:\n";

    private void create(String... arguments) {
        s.create(Programs.loop(dir), "Loop", arguments);
    }

    /** The value of local {@code name} in the stopped target's current frame, as JDI reads it. */
    private int local(String name) throws EngineException {
        return s.debugger.engine().whileStopped(stop -> {
            StackFrame frame = stop.thread().frame(stop.frame());
            try {
                return ((IntegerValue) frame.getValue(frame.visibleVariableByName(name))).value();
            } catch (AbsentInformationException e) {
                throw new EngineException("no locals: " + e);
            }
        });
    }

    @Test
    void aWriteWatchpointShowsEveryoneTheOldAndNewValue() throws Exception {
        create("5");
        s.client.type("ba w Loop.total 4");
        s.expectText("Breakpoint 0 is deferred until Loop loads\n");
        s.type("g");
        s.expectStop("^Breakpoint 0 hit\nLoop\\.total written: 3 -> 6\n" + AT_WORK);
        assertThat(local("i")).isEqualTo(3);
        s.type("bl");
        s.expectText(" 0 e    0001 (0004)  0:**** w Loop.total\n");
        s.type("ba w Loop.nosuch");
        s.expectText("Error: Loop has no field named nosuch\n");
        s.type("bd 0");
        s.type("g");
        s.expectText("Target exited with code 0\n");
        assertThat(TextLog.count(s.hostScreen(), "Breakpoint 0 hit")).as("disabled after the 4th write").isOne();
    }

    @Test
    void aReadWatchpointWaitsForItsClassAndIsClearedByBc() {
        s.type("ba r Later.count");
        s.expectText("Breakpoint 0 is deferred until Later loads\n");
        s.type("bl");
        s.expectText(" 0 eu   0001 (0001)  0:**** (r Later.count)\n");
        create("0", dir.resolve("later").toString());
        s.type("g");
        s.expectStop("^Breakpoint 0 hit\nLater\\.count of \\{Later@0x[0-9a-f]+} read: 0\n"
                + "Later\\.run\\+0x[0-9a-f]+ \\[Later\\.java @ " + LATER + "]:\n");
        s.type("bl");
        s.expectText(" 0 e    0001 (0001)  0:**** r Later.count\n");
        s.type("bc 0");
        s.type("g");
        s.expectText("Target exited with code 0\n");
        assertThat(TextLog.count(s.hostScreen(), "Breakpoint 0 hit")).as("cleared before the second class loader's read").isOne();
    }

    @Test
    void aConditionStopsExactlyWhereItIsTrue() throws Exception {
        create("20");
        s.client.type("bp /w \"i == 7\" Loop:" + WORK);
        s.expectText("Breakpoint 0 is deferred until Loop loads\n");
        s.type("bl");
        s.expectText(" 0 eu   0001 (0001)  0:**** (Loop:" + WORK + ") /w \"i == 7\"\n");
        s.type("g");
        s.expectStop("^Breakpoint 0 hit\n" + AT_WORK);
        assertThat(local("i")).isEqualTo(7);
        s.type("~");
        // every thread stopped once, the hitting one too, as a suspend-all event leaves them
        s.expect("^\\.  0  Id: [0-9a-f]+ +Suspend: 1  [a-z ]+  main\n([ #] +\\d+  Id: [0-9a-f]+ +Suspend: 1  [a-z ]+  .+\n)+");
        assertThat(s.hostScreen()).doesNotContain("Suspend: 0");
        s.type("?? Integer.toString(i)"); // a call needs the thread stopped by its event, as after any hit
        s.expectText("java.lang.String \"7\"\n");
        s.type("bl");
        s.expect("^ 0 e    0001 \\(0001\\)  0:\\*\\*\\*\\* Loop\\.work\\+0x0 \\[Loop\\.java @ " + WORK + "] /w \"i == 7\"\n");
        s.type("g");
        s.expectText("Target exited with code 0\n");
        assertThat(TextLog.count(s.hostScreen(), "Breakpoint 0 hit")).as("only i == 7 of 20 calls").isOne();
    }

    @Test
    void aConditionThatCannotBeEvaluatedStopsOnceAndSaysWhyInOneLine() throws Exception {
        create("5");
        s.type("bp /w \"nosuch > 1\" Loop:" + WORK + " \".echo logged; g\"");
        s.type("g");
        s.expectStop("^Breakpoint 0 hit\nCondition 'nosuch > 1' cannot be evaluated: unknown name 'nosuch' "
                + "\\(told once; hits where it fails go on\\)\n" + AT_WORK);
        assertThat(local("i")).isZero();
        s.type("g");
        s.expectText("Target exited with code 0\n");
        assertThat(TextLog.count(s.hostScreen(), "cannot be evaluated")).isOne();
        assertThat(s.hostScreen()).as("a failed condition does not run the logpoint's commands").doesNotContain("\nlogged\n");
    }

    @Test
    void aConditionThatDoesNotParseFailsBpWithItsCaretLine() {
        s.type("bp /w \"i = 7\" Loop:" + WORK);
        s.expect("^Error:          \\^ Syntax error in 'i = 7': .+\n"); // under the '=' of the typed line, behind "Error: "
        s.type("bl");
        s.awaitPrompt("dbg> ");
        assertThat(s.hostScreen()).doesNotContain("Breakpoint 0").doesNotContain(" 0 e");
    }
}
