package io.dbgshell.engine.jdi;

import io.dbgshell.config.Tunables;
import io.dbgshell.engine.BreakpointSpec;
import io.dbgshell.engine.CodeLocation;
import io.dbgshell.engine.EngineException;
import io.dbgshell.engine.FrameView;
import io.dbgshell.engine.StepKind;
import io.dbgshell.engine.TargetState;
import io.dbgshell.engine.ThreadView.ThreadChoice;
import io.dbgshell.testing.RecordingEngineListener;
import io.dbgshell.testing.TargetJvm;
import io.dbgshell.testing.TargetPrograms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The frame commands' engine side against real JVMs: the selected frame, locals, values, expressions, calls. */
class JdiFramesTest {
    private static final int TALLY = FramePrograms.line("tally");
    private static final int LOOP = FramePrograms.line("loop");
    /** Main loops over two lines without calls (its frame 0 is always main, and t ends) while a thread named {@code sleeper} sleeps. */
    private static final String CHURN = """
            public class Churn {
                public static void main(String[] args) {
                    String text = "churn";
                    Thread sleeper = new Thread(Churn::doze, "sleeper");
                    sleeper.setDaemon(true);
                    sleeper.start();
                    REPL.Snippet.count++;
                    System.out.println("churning");
                    long turns = 0;
                    while (true) {
                        turns = turns * 31 + 7;
                        turns ^= 5;
                    }
                }

                static void doze() {
                    try {
                        Thread.sleep(1_000_000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            """;

    /** A class in a package whose name starts upper-case, as jshell puts its snippets in {@code REPL}. */
    private static final String SNIPPET = """
            package REPL;

            public class Snippet {
                public static int count = 3;
            }
            """;

    @TempDir
    static Path dir;
    private static Path shop;
    private static Path churn;

    private final RecordingEngineListener heard = new RecordingEngineListener();
    private JdiDebugger debugger;
    private FrameView frames;

    @BeforeAll
    static void compile() {
        shop = FramePrograms.shop(dir);
        churn = TargetJvm.program(dir.resolve("churn")).debugInfo(TargetJvm.DebugInfo.ALL)
                .source(CHURN).source("REPL/Snippet.java", SNIPPET).compile();
    }

    @BeforeEach
    void engine() {
        debugger = JdiDebugger.create(Tunables.DEFAULTS);
        debugger.engine().listen(heard);
        frames = debugger.frames();
    }

    @AfterEach
    void close() {
        debugger.engine().close();
    }

    /** Launches Shop and runs it to its first stop at {@code location}. */
    private void stopInShop(String location, String... more) throws EngineException {
        debugger.engine().create(List.of("java", "-cp", shop.toString(), "Shop", "3"));
        breakAt(location);
        for (String other : more) {
            breakAt(other);
        }
        assertThat(Engines.await(debugger.engine().go()).stopped()).isTrue();
    }

    private void breakAt(String location) throws EngineException {
        debugger.breakpoints().set(new BreakpointSpec(CodeLocation.parse(location), false, 1, Optional.empty()), false);
    }

    @Test
    void framesLocalsValuesAndExpressionsReadTheSelectedFrame() throws EngineException {
        stopInShop("Shop:" + TALLY);

        assertThat(frames.selectedFrame()).matches("00 Shop\\.tally\\+0x0 \\[Shop\\.java @ " + TALLY + "]");
        assertThat(frames.locals("")).containsExactly("    i = 0", "label = \"hello\"");
        assertThat(frames.evaluate("i + label.length()", true)).containsExactly("int 5");
        assertThatThrownBy(() -> frames.selectFrame(0x40)).hasMessage(".frame: no frame 40: thread 0 has 3 frames (00-02)");

        assertThat(frames.selectFrame(1)).matches("01 Shop\\.run\\+0x[0-9a-f]+ \\[Shop\\.java @ " + LOOP + "]");
        assertThat(frames.selectedFrame()).startsWith("01 Shop.run+0x");
        assertThat(frames.locals("/t ?")).containsExactly(
                "             int n = 3",
                "             int a = 3",
                "             int b = 7",
                "java.lang.String s = \"hello\"",
                "             int i = 0");
        assertThat(frames.locals("/t stock")).containsExactly(
                "java.util.Map<java.lang.String, java.util.List<java.lang.Integer>> stock = { size=1 }");
        assertThat(frames.display("-r1 list", true)).containsExactly(
                "list             : { size=3 } [Type: java.util.ArrayList]",
                "    [0x0]            : \"x\" [Type: java.lang.String]",
                "    [0x1]            : \"y\" [Type: java.lang.String]",
                "    [0x2]            : \"z\" [Type: java.lang.String]");
        assertThat(frames.display("grid,1", true)).containsExactly(
                "grid             : { length=2 } [Type: int[][]]",
                "    [0x1]            : { length=1 } [Type: int[]]");
        assertThat(frames.display("item", true)).first().asString().startsWith("item             : Shop$Item[name=\"pen\", price=5]");
        assertThat(frames.evaluate("a + b * 2", true)).containsExactly("int 17");
        assertThat(frames.evaluate("s.length()", true)).containsExactly("int 5");
        assertThat(frames.evaluate("item.doubled() + box.content.price() + counter.hits", true)).containsExactly("int 22");
        assertThat(frames.evaluate("grid[1][0] << 2", true)).containsExactly("int 12");
        assertThat(frames.evaluate("size", true)).containsExactly("Shop$Size LARGE");
        assertThat(frames.evaluate("stock.get(\"pen\").size() > 1 && size == Size.LARGE", true)).containsExactly("boolean true");
        assertThat(frames.evaluate("\"n=\" + n", true)).containsExactly("java.lang.String \"n=3\"");
        assertThat(frames.evaluate("null", true)).containsExactly("null");
        assertThat(frames.printf("\"a=%d s=%s hex=%x c=%c f=%f %%\\n\", a, s, 255, 'q', 1.5", true))
                .containsExactly("a=3 s=hello hex=ff c=q f=1.500000 %");
        assertThat(frames.printf("\"%s\\n%d\", list, b", true)).containsExactly("[x, y, z]", "7");
    }

    @Test
    void badInputIsOneLineNamingWhatIsWrong() throws EngineException {
        stopInShop("Shop:" + TALLY);

        assertThatThrownBy(() -> frames.evaluate("a +* b", true)).hasMessage("      ^ Syntax error in 'a +* b': unexpected '*'");
        assertThatThrownBy(() -> frames.display("-r2 x -> x", true)).hasMessage("         ^ Syntax error in 'x -> x': lambdas are not supported");
        assertThatThrownBy(() -> frames.display("-r1 r +", true)).hasMessage("          ^ Syntax error in 'r +': the expression ends too soon");
        assertThatThrownBy(() -> frames.evaluate("nosuch", true)).hasMessage("unknown name 'nosuch'");
        assertThatThrownBy(() -> frames.evaluate("label.length()", false)).hasMessageContaining("would run code in the target");
        assertThatThrownBy(() -> frames.printf("\"%d\"", true)).hasMessage(".printf: the format has 1 conversion and 0 arguments follow it");
        assertThatThrownBy(() -> frames.printf("\"%q\", i", true)).hasMessage(".printf: '%q' is not a conversion (%d %x %s %c %f %%)");
        assertThatThrownBy(() -> frames.printf("\"%d\", label", true)).hasMessage(".printf: %d needs an integer; 'label' is java.lang.String");
        assertThatThrownBy(() -> frames.printf("i", true)).hasMessageStartingWith(".printf needs a quoted format first");
        assertThatThrownBy(() -> frames.printf("\"%d\", i +", true)).hasMessage("                 ^ Syntax error in 'i +': the expression ends too soon");
        assertThatThrownBy(() -> frames.locals("/x")).hasMessage("dv: option '/x' is not supported (dv [/t] [NAME])");
    }

    @Test
    void theSelectedFrameIsTheInnermostAgainAfterEveryStop() throws EngineException {
        stopInShop("Shop:" + TALLY);
        frames.selectFrame(1);
        assertThat(frames.locals("i")).containsExactly("i = 0");

        assertThat(Engines.await(debugger.engine().go()).stopped()).isTrue();
        assertThat(frames.selectedFrame()).startsWith("00 Shop.tally+0x0");
        assertThat(frames.locals("i")).containsExactly("i = 1");
        assertThat(Engines.await(debugger.engine().go()).stopped()).isTrue();
        assertThat(Engines.await(debugger.engine().go())).isEqualTo(TargetState.NO_TARGET);
        assertThatThrownBy(() -> frames.locals("")).hasMessage("no target (.create or .attach starts one)");
    }

    @Test
    void aCallThatLoadsAClassWithADeferredBreakpointReturnsResolvesItAndBreakpointsWorkAfterIt() throws EngineException {
        stopInShop("Shop:" + TALLY, "Lazy:" + FramePrograms.line("lazy"));

        assertThat(debugger.breakpoints().list()).element(1).asString().startsWith(" 1 eu ");
        assertThat(frames.evaluate("lazy()", true)).containsExactly("int 42");
        assertThat(debugger.breakpoints().list()).element(1).asString()
                .as("resolved in the class the call loaded").matches(" 1 e {4}.*Lazy\\.value\\+0x[0-9a-f]+ \\[Lazy\\.java @ \\d+]");
        assertThat(Engines.await(debugger.engine().go()).stopped()).isTrue();
        assertThat(frames.locals("i")).as("the breakpoint paused for the call fires again").containsExactly("i = 1");
    }

    @Test
    void aCallPastItsTimeLimitIsAbandonedAndTheTargetDebugsOn() throws EngineException {
        stopInShop("Shop:" + TALLY);

        assertThatThrownBy(() -> frames.evaluate("forever()", true))
                .hasMessageStartingWith("Shop.forever() did not return within 5000 ms and was abandoned");
        assertThat(frames.evaluate("label.length() + i", true)).containsExactly("int 5");
        assertThat(Engines.await(debugger.engine().go()).stopped()).isTrue();
        assertThat(frames.locals("i")).containsExactly("i = 1");
    }

    /**
     * Launches Churn and breaks into main's loop; a break-in right after {@code churning} may still
     * find main inside {@code println}, so it runs on and breaks in again, a few times at most.
     */
    private void breakIntoChurnsLoop() throws EngineException {
        debugger.engine().create(List.of("java", "-cp", churn.toString(), "Churn"));
        var running = debugger.engine().go();
        heard.output.await("churning\n", Engines.WAIT);
        for (int tries = 1; ; tries++) {
            debugger.engine().breakIn();
            assertThat(Engines.await(running)).isEqualTo(TargetState.stopped(0));
            if (frames.selectedFrame().startsWith("00 Churn.main+0x") || tries == 5) {
                return;
            }
            running = debugger.engine().go();
        }
    }

    @Test
    void afterABreakInACallFirstStepsTheCurrentThreadAloneToAnEventAndTheStopStaysAsItWas() throws EngineException {
        breakIntoChurnsLoop();
        List<String> threads = debugger.engine().threads(ThreadChoice.ALL);
        List<TargetState> states = heard.states();
        String said = heard.output.text();

        assertThat(frames.evaluate("text.length()", true)).containsExactly("int 5");
        assertThat(frames.evaluate("Long.toString(turns).isEmpty()", true)).as("the thread is stopped by an event now")
                .containsExactly("boolean false");
        assertThat(debugger.engine().threads(ThreadChoice.ALL)).as("every thread suspended once, main current")
                .isEqualTo(threads);
        assertThat(heard.states()).as("no stop, no state change").isEqualTo(states);
        assertThat(heard.output.text()).as("nothing announced").isEqualTo(said);
        assertThat(frames.selectedFrame()).startsWith("00 Churn.main+0x");

        var again = debugger.engine().go();
        assertThat(heard.awaitState(TargetState.Kind.RUNNING, Engines.WAIT)).isEqualTo(TargetState.RUNNING);
        debugger.engine().breakIn();
        assertThat(Engines.await(again)).as("g ran the target on until the next break-in").isEqualTo(TargetState.stopped(0));
        assertThat(frames.printf("\"%s %d\", text.concat(\"!\"), text.length()", true)).as(".printf the same way")
                .containsExactly("churn! 5");
        assertThat(Engines.await(debugger.engine().step(StepKind.INTO, 1)).stopped()).as("p and t step on from there").isTrue();
    }

    @Test
    void aStaticFieldInAnUpperCasePackageIsReadInAThreadThatCannotCall() throws EngineException {
        breakIntoChurnsLoop();
        String line = debugger.engine().threads(ThreadChoice.ALL).stream()
                .filter(t -> t.endsWith("  sleeper")).findFirst().orElseThrow();
        debugger.engine().select(Integer.parseInt(line.substring(1, 4).strip()));
        assertThat(frames.evaluate("REPL.Snippet.count", true)).as("REPL is a loaded package, not a class to load")
                .containsExactly("int 4");
    }

    @Test
    void aCallInASleepingThreadIsRefusedWithinTheBoundAndTheTargetDebugsOn() throws EngineException {
        breakIntoChurnsLoop();
        List<String> threads = debugger.engine().threads(ThreadChoice.ALL);
        String line = threads.stream().filter(t -> t.endsWith("  sleeper")).findFirst().orElseThrow();
        int sleeper = Integer.parseInt(line.substring(1, 4).strip());
        debugger.engine().select(sleeper);

        long began = System.nanoTime();
        assertThatThrownBy(() -> frames.evaluate("Thread.currentThread().getName()", true))
                .hasMessageMatching("cannot call \\S*Thread\\.currentThread\\(\\): thread " + sleeper
                        + " did not reach an event within 500 ms \\(it is sleeping\\);"
                        + " step with p or t, or pick another thread with ~Ns");
        assertThat(Duration.ofNanos(System.nanoTime() - began)).as("refused within the bound, give or take a loaded machine")
                .isGreaterThanOrEqualTo(JdiSettings.CALL_STEP_WAIT.defaultValue()).isLessThan(Duration.ofSeconds(3));
        assertThat(debugger.engine().threads(ThreadChoice.ALL)).as("the sleeper is suspended once again, like every thread")
                .map(t -> t.substring(1)).isEqualTo(threads.stream().map(t -> t.substring(1)).toList());
        assertThat(debugger.engine().state()).isEqualTo(TargetState.stopped(sleeper));

        debugger.engine().select(0);
        assertThat(frames.evaluate("text.length()", true)).as("the thread broken into still can").containsExactly("int 5");
        var again = debugger.engine().go();
        assertThat(heard.awaitState(TargetState.Kind.RUNNING, Engines.WAIT)).isEqualTo(TargetState.RUNNING);
        debugger.engine().breakIn();
        assertThat(Engines.await(again).stopped()).isTrue();
    }
}
