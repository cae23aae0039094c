package io.dbgshell.engine.jdi;

import com.sun.jdi.IntegerValue;
import com.sun.jdi.StackFrame;
import com.sun.jdi.event.BreakpointEvent;
import io.dbgshell.engine.BreakpointIds;
import io.dbgshell.engine.BreakpointSpec;
import io.dbgshell.engine.CodeLocation;
import io.dbgshell.engine.EngineException;
import io.dbgshell.engine.EventAction;
import io.dbgshell.engine.EventFilter;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.dbgshell.engine.jdi.CompiledTarget.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Breakpoints on real JVMs, driven through {@link Breakpoints} by a minimal event pump. */
class BreakpointsTest extends LoopBreakpointsCase {
    private static BreakpointSpec spec(String location, boolean oneHit, int passes, String commands) throws EngineException {
        return new BreakpointSpec(CodeLocation.parse(location), oneHit, passes, Optional.ofNullable(commands));
    }

    private static BreakpointSpec spec(String location) throws EngineException {
        return spec(location, false, 1, null);
    }

    private CompiledTarget loop(int calls) {
        return CompiledTarget.launch(app, "Loop", Integer.toString(calls), dir.resolve("later").toString());
    }

    @Test
    void aDeferredBreakpointResolvesInEveryClassLoaderThatLoadsTheClass() throws Exception {
        assertThat(breakpoints.set(spec("Later:" + LATER), false))
                .containsExactly("Breakpoint 0 is deferred until Later loads");
        assertThat(breakpoints.list()).containsExactly(" 0 eu   0001 (0001)  0:**** (Later:" + LATER + ")");
        breakpoints.filter(EventFilter.parse("ld:Lat*"), EventAction.OUTPUT);
        try (CompiledTarget target = loop(0)) {
            RulesPump pump = new RulesPump(target, breakpoints);
            pump.nextStop().resume();
            List<Object> loaders = new ArrayList<>();
            for (int hit = 0; hit < 2; hit++) {
                RulesPump.Stop stop = pump.nextStop();
                assertThat(stop.announcement()).isEqualTo("Breakpoint 0 hit\nLater.run+0x0 [Later.java @ " + LATER + "]:\n");
                loaders.add(((BreakpointEvent) stop.events().get(0)).location().declaringType().classLoader());
                assertThat(breakpoints.list()).containsExactly(
                        " 0 e    0001 (0001)  0:**** Later.run+0x0 [Later.java @ " + LATER + "]");
                stop.resume();
            }
            pump.awaitEnd();
            assertThat(loaders).doesNotHaveDuplicates();
            assertThat(pump.announcements).contains("Class loaded: Later\n").hasSize(4);
        }
    }

    @Test
    void aPassCountBreaksOnTheNthHitAndEveryHitAfter() throws Exception {
        breakpoints.set(spec("Loop:" + WORK, false, 3, null), true);
        assertThat(breakpoints.list()).containsExactly(" 0 eu   0003 (0003)  0:**** (Loop:" + WORK + ")");
        try (CompiledTarget target = loop(6)) {
            RulesPump pump = new RulesPump(target, breakpoints);
            pump.nextStop().resume();
            List<Integer> stoppedAt = new ArrayList<>();
            for (int hit = 0; hit < 4; hit++) {
                RulesPump.Stop stop = pump.nextStop();
                stoppedAt.add(argument(stop));
                assertThat(breakpoints.list()).containsExactly(
                        " 0 e    0001 (0003)  0:**** Loop.work+0x0 [Loop.java @ " + WORK + "]");
                stop.resume();
            }
            pump.awaitEnd();
            assertThat(stoppedAt).containsExactly(2, 3, 4, 5);
        }
    }

    @Test
    void slashOneDeletesTheBreakpointAfterItsFirstHit() throws Exception {
        breakpoints.set(spec("Loop.work(int)", true, 1, null), false);
        try (CompiledTarget target = loop(5)) {
            RulesPump pump = new RulesPump(target, breakpoints);
            pump.nextStop().resume();
            RulesPump.Stop stop = pump.nextStop();
            assertThat(argument(stop)).isZero();
            assertThat(breakpoints.list()).isEmpty();
            stop.resume();
            pump.awaitEnd();
            assertThat(pump.breakpointEvents).hasValue(1);
        }
    }

    @Test
    void aLogpointThatOnlyContinuesNeverStopsAndOneWithCommandsHandsThemBack() throws Exception {
        breakpoints.set(spec("Loop:" + WORK, false, 1, "g"), false);
        breakpoints.set(spec("Loop.work", false, 4, "dv; g"), false);
        try (CompiledTarget target = loop(5)) {
            RulesPump pump = new RulesPump(target, breakpoints);
            pump.nextStop().resume();
            for (int expected = 3; expected <= 4; expected++) {
                RulesPump.Stop stop = pump.nextStop();
                assertThat(argument(stop)).isEqualTo(expected);
                assertThat(stop.verdicts()).filteredOn(EventRules.Verdict::stop).singleElement()
                        .isEqualTo(new EventRules.Verdict(true, "", Optional.of("dv; g")));
                stop.resume();
            }
            pump.awaitEnd();
            // five hits of the "g" logpoint, and the two of the other after its count filter fired
            assertThat(pump.breakpointEvents).hasValue(5 + 1 + 1);
            assertThat(pump.announcements).isEmpty();
        }
    }

    @Test
    void blListsEveryStateAndIdsAreReused() throws Exception {
        try (CompiledTarget target = loop(1)) {
            RulesPump pump = new RulesPump(target, breakpoints);
            RulesPump.Stop begin = pump.nextStop();
            // nothing is loaded at the start; the one-shot breakpoint of g LOCATION stops once, unlisted
            breakpoints.oneShot("Loop.main");
            begin.resume();
            RulesPump.Stop start = pump.nextStop();
            int main = ((BreakpointEvent) start.events().get(0)).location().lineNumber();
            assertThat(start.announcement()).isEqualTo("Loop.main+0x0 [Loop.java @ " + main + "]:\n");
            breakpoints.set(spec("Loop.main"), false);
            breakpoints.set(spec("Later:" + LATER), true);
            breakpoints.set(spec("Loop:" + WORK), false);
            breakpoints.set(spec("Loop.main", false, 5, "dv; g"), false);
            breakpoints.enable(BreakpointIds.parse("3"), false);
            assertThat(breakpoints.list()).containsExactly(
                    " 0 e    0001 (0001)  0:**** Loop.main+0x0 [Loop.java @ " + main + "]",
                    " 1 eu   0001 (0001)  0:**** (Later:" + LATER + ")",
                    " 2 e    0001 (0001)  0:**** Loop.work+0x0 [Loop.java @ " + WORK + "]",
                    " 3 d    0005 (0005)  0:**** Loop.main+0x0 [Loop.java @ " + main + "] \"dv; g\"");
            breakpoints.clear(BreakpointIds.parse("0-1"));
            breakpoints.set(spec("Loop:" + WORK, false, 1, "k"), false);
            assertThat(breakpoints.list()).extracting(text -> text.substring(0, 5)).containsExactly(" 0 e ", " 2 e ", " 3 d ");
            assertThatThrownBy(() -> breakpoints.clear(BreakpointIds.parse("7"))).isInstanceOf(EngineException.class)
                    .hasMessage("no breakpoint 7 (bl lists them)");
            assertThatThrownBy(() -> breakpoints.clear(BreakpointIds.parse("7 9-12,14"))).isInstanceOf(EngineException.class)
                    .hasMessage("no breakpoint 7, 9-12, 14 (bl lists them)");
            start.resume();
            RulesPump.Stop work = pump.nextStop();
            // two breakpoints at one place: both announced in one stop, with the commands of the one that has them
            assertThat(work.verdicts()).extracting(EventRules.Verdict::commands)
                    .containsExactlyInAnyOrder(Optional.empty(), Optional.of("k"));
            work.resume();
            pump.awaitEnd();
        }
    }

    @Test
    void aLineWithNoCodeOrAMissingMethodFailsWithOneLine() throws Exception {
        int blank = line(Programs.LOOP, "blank");
        try (CompiledTarget target = loop(1)) {
            RulesPump pump = new RulesPump(target, breakpoints);
            RulesPump.Stop begin = pump.nextStop();
            breakpoints.oneShot("Loop.main");
            begin.resume();
            RulesPump.Stop stop = pump.nextStop();
            assertThatThrownBy(() -> breakpoints.set(spec("Loop:" + blank), false))
                    .hasMessage("Loop has no code at line " + blank + "; the nearest lines " + (blank - 2)
                            + " and " + (blank + 2) + " have code");
            assertThatThrownBy(() -> breakpoints.set(spec("Loop.wrok"), false)).hasMessage("Loop has no method named wrok");
            assertThatThrownBy(() -> breakpoints.set(spec("Loop.work(long)"), false))
                    .hasMessage("no method Loop.work(long); Loop has work(int), work(java.lang.String)");
            assertThatThrownBy(() -> breakpoints.setMatching("Lo*.zz*", location -> null))
                    .hasMessageStartingWith("no method of a loaded class matches Lo*.zz*");
            assertThat(breakpoints.setMatching("Loo?.w*", location -> new BreakpointSpec(location, false, 1, Optional.empty())))
                    .containsExactly("  0: Loop.work(int)", "  1: Loop.work(java.lang.String)");
            assertThat(breakpoints.list()).hasSize(2);
            breakpoints.set(spec("Loop.work"), false);
            assertThat(breakpoints.list()).endsWith(" 2 e    0001 (0001)  0:**** Loop.work (2 places)");
            breakpoints.clear(BreakpointIds.parse("2"));
            stop.resume();
            RulesPump.Stop work = pump.nextStop();
            assertThat(work.announcement()).isEqualTo("Breakpoint 0 hit\nLoop.work+0x0 [Loop.java @ " + WORK + "]:\n");
            work.resume();
            pump.awaitEnd();
        }
    }

    /**
     * {@code bp File.java:LINE}: set where the file's classes have code, and said why it waits where
     * they have none. A line without code stayed deferred without a word, even after the file's
     * class had loaded (seen on Maven's Launcher.java).
     */
    @Test
    void aSourceLineResolvesInItsFilesClassesAndALineWithoutCodeSaysWhyItWaits() throws Exception {
        int blank = line(Programs.LOOP, "blank");
        assertThat(breakpoints.set(spec("Loop.java:" + WORK), false))
                .containsExactly("Breakpoint 0 is deferred until a class of Loop.java with code at line " + WORK + " loads");
        breakpoints.set(spec("Later.java:3"), false);
        try (CompiledTarget target = loop(1)) {
            RulesPump pump = new RulesPump(target, breakpoints);
            RulesPump.Stop begin = pump.nextStop();
            breakpoints.oneShot("Loop.main");
            begin.resume();
            RulesPump.Stop inMain = pump.nextStop();
            assertThat(breakpoints.set(spec("Loop.java:" + blank), false)).containsExactly("Breakpoint 2 is deferred "
                    + "(Loop.java as loaded so far has no code at line " + blank + "; the nearest lines " + (blank - 2)
                    + " and " + (blank + 2) + " have code)");
            inMain.resume();
            RulesPump.Stop work = pump.nextStop();
            assertThat(work.announcement()).isEqualTo("Breakpoint 0 hit\nLoop.work+0x0 [Loop.java @ " + WORK + "]:\n");
            work.resume();
            pump.awaitEnd();
            assertThat(pump.announcements).as("told once, though two class loaders load Later")
                    .containsOnlyOnce("Breakpoint 1 is still deferred: Later has no code at line 3; "
                            + "the nearest lines 1 and 5 have code\n");
        }
    }

    /** The {@code i} that {@code Loop.work(int i)} was called with. */
    private static int argument(RulesPump.Stop stop) throws Exception {
        BreakpointEvent event = (BreakpointEvent) stop.events().stream().filter(BreakpointEvent.class::isInstance)
                .findFirst().orElseThrow();
        StackFrame frame = event.thread().frame(0);
        return ((IntegerValue) frame.getArgumentValues().get(0)).value();
    }

    /** A lambda body and a bridge method, both synthetic: only the lambda is code of its own. */
    private static final String SIZES = """
            public class Sizes implements Comparable<Sizes> {
                public int compareTo(Sizes other) {
                    return 0;
                }

                public static void main(String[] args) {
                    Runnable compare = () -> System.out.println(new Sizes().compareTo(new Sizes())); // @lambda
                    compare.run();
                }
            }
            """;

    @Test
    void bmMatchesLambdaBodiesButNotBridges() throws Exception {
        Path sizes = CompiledTarget.compile(dir.resolve("sizes"), Map.of("Sizes.java", SIZES));
        try (CompiledTarget target = CompiledTarget.launch(sizes, "Sizes")) {
            RulesPump pump = new RulesPump(target, breakpoints);
            RulesPump.Stop begin = pump.nextStop();
            breakpoints.oneShot("Sizes.main");
            begin.resume();
            RulesPump.Stop main = pump.nextStop();
            assertThat(breakpoints.setMatching("Sizes.*", location -> new BreakpointSpec(location, false, 1, Optional.empty())))
                    .containsExactlyInAnyOrder("  0: Sizes.<init>()", "  1: Sizes.compareTo(Sizes)",
                            "  2: Sizes.main(java.lang.String[])", "  3: Sizes.lambda$main$0()");
            breakpoints.clear(BreakpointIds.parse("*"));
            assertThat(breakpoints.setMatching("Sizes.lambda$*", location -> new BreakpointSpec(location, false, 1, Optional.empty())))
                    .containsExactly("  0: Sizes.lambda$main$0()");
            main.resume();
            RulesPump.Stop lambda = pump.nextStop();
            assertThat(lambda.announcement()).isEqualTo("Breakpoint 0 hit\nSizes.lambda$main$0+0x0 [Sizes.java @ "
                    + line(SIZES, "lambda") + "]:\n");
            lambda.resume();
            pump.awaitEnd();
        }
    }
}
