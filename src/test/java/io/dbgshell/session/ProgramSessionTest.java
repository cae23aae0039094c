package io.dbgshell.session;

import io.dbgshell.engine.jdi.symbols.InspectionTarget;
import io.dbgshell.testing.DebugSession;
import io.dbgshell.testing.TargetJvm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code x}, {@code lm}, {@code !locks}, {@code .srcpath}, {@code lsa}, {@code ls} and the source
 * line under a stop, end to end: the real session with a remote client, and one real target for
 * the class (the inspection views' program: {@code demo.Main} from a directory, {@code lib.Helper}
 * from a jar and from a loader of its own, threads in every state, a deadlock), launched with
 * {@code .create} and stopped at a breakpoint on the line where main goes to sleep, after every
 * thread is in its state.
 */
class ProgramSessionTest {
    private static final int SLEEP = InspectionTarget.lineOf("// main stops here");
    private static final int REPORT = InspectionTarget.lineOf("System.out.println(\"ready \" + word);");
    private static final List<String> MAIN = InspectionTarget.MAIN.lines().toList();

    @TempDir
    static Path dir;
    static Path sources;
    static DebugSession s;

    @BeforeAll
    static void start() throws Exception {
        Path libJar = dir.resolve("lib.jar");
        Path classes = TargetJvm.program(dir.resolve("classes")).jar(libJar, Map.of("lib/Helper.java", InspectionTarget.HELPER))
                .source("demo/Main.java", InspectionTarget.MAIN).compile();
        sources = classes.resolve("src");
        s = DebugSession.start();
        s.create(classes + File.pathSeparator + libJar, "demo.Main", libJar.toString());
        s.type("bp demo.Main:" + SLEEP);
        s.expectText("Breakpoint 0 is deferred until demo.Main loads\n");
        s.type("g");
        s.expectStop("^Breakpoint 0 hit\ndemo\\.Main\\.main\\+0x[0-9a-f]+ \\[Main\\.java @ " + SLEEP + "]:\n");
        s.type("bc 0");
    }

    @AfterAll
    static void stop() {
        s.closeShowingNoInternals();
    }

    /** Lines {@code first..last} of demo/Main.java as a listing shows them, {@code >} on {@code marked}. */
    private static String listing(int first, int last, int marked) {
        StringBuilder lines = new StringBuilder();
        for (int number = first; number <= last; number++) {
            lines.append(String.format("%s%5d: %s\n", number == marked ? ">" : " ", number, MAIN.get(number - 1)));
        }
        return lines.toString();
    }

    @Test
    void xListsLoadedClassesAndTheMethodsOfThoseInTwoLoadersTaggedWithEach() {
        s.type("x demo.*");
        s.expectText(String.join("\n", "class demo.Main", "class demo.Main$Blocked", "class demo.Main$Crossing",
                "class demo.Main$Echo", "class demo.Main$Holder", "class demo.Main$Reporter", "class demo.Main$Sleeper",
                "class demo.Main$Waiter") + "\n");
        s.client.type("x demo.Main!m*");
        s.expectText("static void demo.Main!main(java.lang.String[])\n");
        s.type("x lib.Helper!tw*");
        s.expect("^static int lib\\.Helper!twice\\(int\\)  \\[app]\n"
                + "static int lib\\.Helper!twice\\(int\\)  \\[java\\.net\\.URLClassLoader@[0-9a-f]+]\n");
        s.type("x demo.Main!");
        s.expectText("Error: 'demo.Main!' needs a class and a method around '!' (x Class!method*)\n");
    }

    @Test
    void lmListsModulesAndLoadersWithWhereTheirClassesCameFrom() {
        s.type("lm");
        s.expect("^module +loader +classes +from\njava\\.base +<boot> +\\d+ +jrt:/java\\.base\n");
        s.client.type("lm *.jar");
        s.expect("^module +loader +classes +from\n"
                + "<unnamed> +app +\\d+ +.*file:\\S+/lib\\.jar\n"
                + "<unnamed> +java\\.net\\.URLClassLoader@[0-9a-f]+ +1 +file:\\S+/lib\\.jar\n");
    }

    @Test
    void locksCallsTheDeadlockOutAndShowsOwnersAndWaiters() {
        s.client.type("!locks");
        String thread = "~\\d+ \"(left|right)\"";
        s.expect("^Deadlock: 2 threads wait for each other\n"
                + "  " + thread + " waits for java\\.lang\\.Object @0x[0-9a-f]+ held by " + thread + "\n"
                + "  " + thread + " waits for java\\.lang\\.Object @0x[0-9a-f]+ held by " + thread + "\n");
        s.expect("^  owner:   ~\\d+ \"holder\" \\(sleeping\\)\n  blocked: ~\\d+ \"blocked\"\n");
        s.type("!locks now");
        s.expectText("Error: !locks takes no arguments, got 'now'\n");
    }

    @Test
    void lsaListsAroundALocationAndLsGoesOn() {
        s.type(".srcpath " + sources);
        s.expectText("Source search path is: " + sources + "\n");
        int until = InspectionTarget.lineOf("while (thread.getState() != state)");
        s.client.type("lsa demo.Main.until");
        s.expectText(listing(until - 5, until + 4, until));
        s.type("ls");
        s.expectText(listing(until + 5, until + 14, 0));
        s.type("lsa Main.java:" + SLEEP);
        s.expectText(listing(SLEEP - 5, SLEEP + 4, SLEEP));
    }

    @Test
    void aMissingDirectoryIsKeptWithAWarningAndAMissingFileOrLineIsOneError() {
        Path nowhere = dir.resolve("nowhere");
        s.type(".srcpath " + nowhere + ";" + sources);
        s.expectText("Warning: " + nowhere + " is not a directory (kept on the path)\n"
                + "Source search path is: " + nowhere + ";" + sources + "\n");
        s.type("lsa demo.Main:" + (MAIN.size() + 1));
        s.expectText("Error: " + sources.resolve("demo/Main.java") + " has " + MAIN.size() + " lines, not "
                + (MAIN.size() + 1) + "\n");
        s.type("lsa demo.Gone:3");
        s.expectText("Error: class 'demo.Gone' is not loaded\n");
        s.type(".srcpath " + nowhere);
        s.expectText("Source search path is: " + nowhere + "\n");
        s.client.type("lsa demo.Main:3");
        s.expectText("Error: demo/Main.java is not under any source directory (.srcpath shows them)\n");
        s.type("lsa");
        s.expectText("Error: lsa needs a LOCATION: Class:LINE, File.java:LINE or Class.method\n");
        // WinDbg's appending form glued to the name, with or without a blank after the +
        s.type(".srcpath+" + sources);
        s.expectText("Warning: " + nowhere + " is not a directory (kept on the path)\n"
                + "Source search path is: " + nowhere + ";" + sources + "\n");
        s.client.type(".srcpath+ " + sources + ";" + nowhere);
        s.expectText("Warning: " + nowhere + " is not a directory (kept on the path)\n"
                + "Source search path is: " + nowhere + ";" + sources + "\n");
    }

    @Test
    void aHitAndAStepShowTheirSourceLineOnceTheFileIsOnTheSourcePathAndXAndLmAnswerWhileTheTargetRuns() {
        String stop = s.hostScreen().substring(s.hostScreen().indexOf("Breakpoint 0 hit"));
        assertThat(stop).as("with an empty source path, no line under the first stop")
                .matches(Pattern.compile("Breakpoint 0 hit\n[^\n]+]:\n(?!>)[\\s\\S]*"));

        s.type(".srcpath +" + sources);
        s.expect("^Source search path is: (.*;)?" + Pattern.quote(sources.toString()) + "\n");
        s.type("bp demo.Main$Reporter:" + REPORT);
        s.type("g");
        s.expectStop("^Breakpoint \\d+ hit\ndemo\\.Main\\$Reporter\\.run\\+0x[0-9a-f]+ \\[Main\\.java @ " + REPORT + "]:\n"
                + Pattern.quote(String.format(">%5d: %s", REPORT, MAIN.get(REPORT - 1))) + "\n");
        s.type("p");
        s.expectStop("^demo\\.Main\\$Reporter\\.run\\+0x[0-9a-f]+ \\[Main\\.java @ (\\d+)]:\n>\\s+\\1: .*\n");
        s.type("bc *");

        // the reporter ends and main sleeps: the target runs, and x and lm still answer
        s.type("g");
        s.awaitPrompt("*BUSY*> ");
        s.client.type("x demo.Main");
        s.expectText("class demo.Main\n");
        s.type("lm java.base");
        s.expect("^java\\.base +<boot> +\\d+ +jrt:/java\\.base\n");
        s.type("!locks");
        s.expectText("Error: the target is running (.break or Ctrl-C stops it)\n");
        s.type(".break");
        s.expectStop("^\\([0-9a-f]+\\.\\d+\\): Break-in\n");
    }
}
