package io.dbgshell.engine.jdi;

import io.dbgshell.engine.EngineException;
import io.dbgshell.engine.StepKind;
import io.dbgshell.engine.TargetState;
import io.dbgshell.engine.ThreadView.StackStyle;
import io.dbgshell.engine.ThreadView.ThreadChoice;
import io.dbgshell.testing.RecordingEngineListener;
import io.dbgshell.testing.TargetPrograms;
import io.dbgshell.testing.TextLog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionStage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A launched target, stopped before main, stepped line by line into and out of a recursion, to its exit code. */
class JdiEngineSteppingTest {
    @TempDir
    static Path classes;
    static Path withLines;
    static Path withoutLines;
    static Path acceptor;

    /** A server's accept loop: a break-in finds main in the native {@code Net.accept}, called at line 7. */
    static final String ACCEPTOR = String.join("\n",
            "public class Acceptor {",
            "    public static void main(String[] args) throws Exception {",
            "        java.net.ServerSocket server = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());",
            "        System.out.println(\"listening on \" + server.getLocalPort() + \".\");",
            "        while (true) {",
            "            System.out.println(\"waiting\");",
            "            server.accept().close();",
            "            accepted();",
            "        }",
            "    }",
            "    static void accepted() {",
            "        System.out.println(\"accepted\");",
            "    }",
            "}", "");

    /** A lambda called by the JDK's {@code forEach}, through the hidden class the JVM makes for it. */
    static final String EACH = String.join("\n",
            "public class Each {",
            "    public static void main(String[] args) {",
            "        java.util.List<String> names = java.util.List.of(\"a\", \"bb\");",
            "        names.forEach(n -> System.out.println(n.length()));",
            "        System.out.println(\"done\");",
            "    }",
            "}", "");
    static Path each;

    @BeforeAll
    static void compile() {
        each = TargetPrograms.compile(classes.resolve("each"), true, EACH);
        withLines = TargetPrograms.compile(classes.resolve("g"), true, TargetPrograms.HELLO);
        withoutLines = TargetPrograms.compile(classes.resolve("none"), false, TargetPrograms.HELLO);
        acceptor = TargetPrograms.compile(classes.resolve("acceptor"), true, ACCEPTOR);
    }

    @Test
    void tGoesFromALambdasBodyToItsNextCallWithoutStoppingInItsHiddenClass() throws EngineException {
        RecordingEngineListener heard = new RecordingEngineListener();
        JdiEngine engine = Engines.engine(heard);
        try {
            engine.create(List.of("java", "-cp", each.toString(), "Each"));
            Engines.await(engine.step(StepKind.INTO, 1));
            Engines.await(engine.step(StepKind.OVER, 1));
            heard.output.await("Each.main+0x");
            Engines.await(engine.step(StepKind.INTO, 1));
            heard.output.await("Each.lambda$main$0+0x");
            Engines.await(engine.step(StepKind.INTO, 1));
            String stops = heard.output.awaitCount(":\n", 4, TextLog.DEFAULT_WAIT);
            assertThat(stops).as("no stop in Each$$Lambda").doesNotContain("$$Lambda");
            assertThat(stops.lines().toList()).as("the body again, for the second name").last().asString()
                    .startsWith("Each.lambda$main$0+0x").endsWith(" [Each.java @ 4]:");
        } finally {
            engine.close();
        }
    }

    @Test
    void stepsIntoAndOutOfARecursionAndAnnouncesTheExitCode() throws EngineException {
        RecordingEngineListener heard = new RecordingEngineListener();
        JdiEngine engine = Engines.engine(heard);
        try {
            String started = engine.create(List.of("java", "-cp", withLines.toString(), "Hello", "two words", "it's", ""));
            assertThat(started).as("each argument as a shell would need it").startsWith("Started java -cp ")
                    .endsWith("Hello 'two words' 'it'\\''s' '' (process 0n" + pidOf(started) + "), stopped before main");
            assertThat(engine.state()).isEqualTo(TargetState.stopped(0));
            assertThat(engine.threads(ThreadChoice.CURRENT)).singleElement().asString().startsWith(".  0  Id: ").endsWith("  main");

            assertThat(Engines.await(engine.step(StepKind.INTO, 1))).isEqualTo(TargetState.stopped(0));
            heard.output.await("Hello.main+0x0 [Hello.java @ 7]:\n");
            Engines.await(engine.step(StepKind.OVER, 1));
            heard.output.await("[Hello.java @ 8]:\n");
            Engines.await(engine.step(StepKind.INTO, 1));
            heard.output.await("Hello.fact+0x0 [Hello.java @ 3]:\n");
            Engines.await(engine.step(StepKind.OVER, 1));
            heard.output.await("[Hello.java @ 4]:\n");
            Engines.await(engine.step(StepKind.INTO, 1));
            List<String> inner = engine.stack(ThreadChoice.CURRENT, StackStyle.CALLS, 10);
            assertThat(inner).hasSize(4);
            assertThat(inner.get(0)).isEqualTo(" # Call Site");
            assertThat(inner.get(1)).isEqualTo("00 Hello.fact+0x0 [Hello.java @ 3]");
            assertThat(inner.get(2)).matches("01 Hello\\.fact\\+0x[0-9a-f]+ \\[Hello\\.java @ 4]");
            assertThat(inner.get(3)).matches("02 Hello\\.main\\+0x[0-9a-f]+ \\[Hello\\.java @ 8]");

            Engines.await(engine.step(StepKind.OUT, 1));
            List<String> afterReturn = engine.stack(ThreadChoice.CURRENT, StackStyle.CALLS, 10);
            assertThat(afterReturn).hasSize(3);
            assertThat(afterReturn.get(1)).as("gu returns to the caller, one level up").startsWith("00 Hello.fact+0x")
                    .endsWith("[Hello.java @ 4]");
            assertThat(engine.stack(ThreadChoice.CURRENT, StackStyle.CALLS, 1)).containsExactly(" # Call Site", afterReturn.get(1),
                    "(1 more frame; a count of 2 shows them all)");

            TargetState end = Engines.await(engine.go());
            assertThat(end).isEqualTo(TargetState.NO_TARGET);
            heard.output.await("fact 6\n");
            heard.output.await("Target exited with code 7\n");
            assertThat(heard.output.text().indexOf("fact 6")).as("the target's output comes before its end")
                    .isLessThan(heard.output.text().indexOf("Target exited"));
            assertThat(heard.states()).last().isEqualTo(TargetState.NO_TARGET);
            assertThatThrownBy(engine::go).hasMessage("no target (.create or .attach starts one)");
        } finally {
            engine.close();
        }
    }

    @Test
    void withoutLineInformationStepsShowBytecodeOffsetsOnly() throws EngineException {
        RecordingEngineListener heard = new RecordingEngineListener();
        JdiEngine engine = Engines.engine(heard);
        try {
            engine.create(List.of("java", "-cp", withoutLines.toString(), "Hello"));
            Engines.await(engine.step(StepKind.INTO, 1));
            heard.output.await("Hello.main+0x0:\n");
            Engines.await(engine.step(StepKind.OVER, 3));
            assertThat(engine.stack(ThreadChoice.CURRENT, StackStyle.CALLS, 5)).hasSize(2).last().asString()
                    .matches("00 Hello\\.main\\+0x[0-9a-f]+").isNotEqualTo("00 Hello.main+0x0");
        } finally {
            engine.close();
        }
    }

    /**
     * JDWP never ends a step over begun in a native frame, nor a step out of {@code Net.accept}: after
     * a break-in in a server's accept (H2's TCP server), p and gu ran on for good.
     */
    @Test
    void stepsFromANativeMethodStopInItsCallerOnceItReturns() throws Exception {
        RecordingEngineListener heard = new RecordingEngineListener();
        JdiEngine engine = Engines.engine(heard);
        try {
            engine.create(List.of("java", "-cp", acceptor.toString(), "Acceptor"));
            CompletionStage<TargetState> running = engine.go();
            heard.output.await(".\n", Engines.WAIT);
            int port = Integer.parseInt(heard.output.text().replaceAll("(?s).*listening on (\\d+)\\..*", "$1"));
            breakInToAccept(engine, running, heard, 1);
            CompletionStage<TargetState> step = engine.step(StepKind.OVER, 1);
            new Socket(InetAddress.getLoopbackAddress(), port).close();
            assertThat(Engines.await(step)).isEqualTo(TargetState.stopped(0));
            assertThat(top(engine)).as("p: the rest of the line that called accept").matches(at(7));

            breakInToAccept(engine, engine.go(), heard, 2);
            step = engine.step(StepKind.OVER, 3);
            new Socket(InetAddress.getLoopbackAddress(), port).close();
            assertThat(Engines.await(step)).isEqualTo(TargetState.stopped(0));
            assertThat(top(engine)).as("p 3: out of accept, then over accepted() and round the loop").matches(at(6));

            breakInToAccept(engine, engine.go(), heard, 3);
            step = engine.step(StepKind.OUT, 1);
            new Socket(InetAddress.getLoopbackAddress(), port).close();
            assertThat(Engines.await(step)).isEqualTo(TargetState.stopped(0));
            assertThat(top(engine)).as("gu: right after the call").matches(at(7));
        } finally {
            engine.close();
        }
    }

    /** The step filter excluded the class a step began in: stopped in javac (com.sun.*), p ran javac to its end. */
    @Test
    void stoppedInAClassTheStepFilterNamesStepsStayInIt() throws EngineException {
        RecordingEngineListener heard = new RecordingEngineListener();
        JdiEngine engine = Engines.engine(heard);
        try {
            engine.create(List.of("java", "-cp", withLines.toString(), "Hello"));
            Engines.await(engine.step(StepKind.INTO, 1));
            Engines.await(engine.step(StepKind.OVER, 1));
            Engines.await(engine.step(StepKind.INTO, 1));
            heard.output.await("Hello.fact+0x0 [Hello.java @ 3]:\n");
            engine.stepFilter(List.of("java.*", "Hel*"));
            assertThat(Engines.await(engine.step(StepKind.OVER, 1))).isEqualTo(TargetState.stopped(0));
            heard.output.await("[Hello.java @ 4]:\n");
            Engines.await(engine.step(StepKind.INTO, 1));
            List<String> inner = engine.stack(ThreadChoice.CURRENT, StackStyle.CALLS, 10);
            assertThat(inner).as("t entered the recursion in the filtered class").hasSize(4);
            assertThat(inner.get(1)).isEqualTo("00 Hello.fact+0x0 [Hello.java @ 3]");
            assertThat(inner.get(2)).startsWith("01 Hello.fact+0x").endsWith("[Hello.java @ 4]");
        } finally {
            engine.close();
        }
    }

    /**
     * Once main has said it is {@code waiting} for the {@code times}th time, breaks in until it is in
     * the native accept (nearly always the first time; on a loaded machine, until a deadline).
     */
    private static void breakInToAccept(JdiEngine engine, CompletionStage<TargetState> running,
                                        RecordingEngineListener heard, int times) throws EngineException {
        heard.output.awaitCount("waiting\n", times, Engines.WAIT);
        CompletionStage<TargetState> stage = running;
        long deadline = System.nanoTime() + Engines.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            engine.breakIn();
            Engines.await(stage);
            if (top(engine).equals("00 sun.nio.ch.Net.accept+0x0")) {
                return;
            }
            stage = engine.go();
        }
        throw new AssertionError("main was never caught in accept");
    }

    private static String top(JdiEngine engine) throws EngineException {
        return engine.stack(ThreadChoice.CURRENT, StackStyle.CALLS, 1).get(1);
    }

    private static String at(int line) {
        return "00 Acceptor\\.main\\+0x[0-9a-f]+ \\[Acceptor\\.java @ " + line + "]";
    }

    @Test
    void aTargetThatEndsMidStepIsAnnouncedAndTheStepEnds() throws EngineException {
        RecordingEngineListener heard = new RecordingEngineListener();
        JdiEngine engine = Engines.engine(heard);
        try {
            engine.create(List.of("java", "-cp", withLines.toString(), "Hello"));
            Engines.await(engine.step(StepKind.INTO, 1));
            Engines.await(engine.step(StepKind.OVER, 3));
            heard.output.await("[Hello.java @ 10]:\n");
            assertThat(Engines.await(engine.step(StepKind.OVER, 1))).isEqualTo(TargetState.NO_TARGET);
            heard.output.await("Target exited with code 7\n");
            assertThat(engine.state()).isEqualTo(TargetState.NO_TARGET);
        } finally {
            engine.close();
        }
    }

    @Test
    void aJavaThatCannotStartIsOneLineAndLeavesNoTarget() {
        JdiEngine engine = Engines.engine(new RecordingEngineListener());
        try {
            assertThatThrownBy(() -> engine.create(List.of("java", "--no-such-option", "Hello")))
                    .isInstanceOf(EngineException.class)
                    .hasMessageStartingWith("java failed to start (exit code 1): Unrecognized option: --no-such-option");
            assertThatThrownBy(() -> engine.create(List.of("javac", "Hello")))
                    .hasMessageContaining("'javac' is not a java executable");
            assertThatThrownBy(() -> engine.create(List.of("java", "-agentlib:jdwp=transport=dt_socket", "Hello")))
                    .hasMessageContaining("dbgshell gives the target its own JDWP agent");
            assertThat(engine.state()).isEqualTo(TargetState.NO_TARGET);
        } finally {
            engine.close();
        }
    }

    private static String pidOf(String started) {
        return started.substring(started.indexOf("0n") + 2, started.indexOf(')'));
    }
}
