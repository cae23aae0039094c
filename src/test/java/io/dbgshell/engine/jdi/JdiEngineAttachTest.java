package io.dbgshell.engine.jdi;

import io.dbgshell.config.Tunables;
import io.dbgshell.engine.EngineException;
import io.dbgshell.engine.TargetState;
import io.dbgshell.engine.ThreadView.StackStyle;
import io.dbgshell.engine.ThreadView.ThreadChoice;
import io.dbgshell.testing.RecordingEngineListener;
import io.dbgshell.testing.TargetPrograms;
import io.dbgshell.testing.TextLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Attaching to running JVMs by process id and address, letting them go, and every way attaching fails. */
class JdiEngineAttachTest {
    private static final String LISTENING = "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:0";
    private static final String DORMANT = "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,onjcmd=y";
    /** Failing to attach must be quick: "within a few seconds" (ENGINE.md §1). */
    private static final Duration QUICK = Duration.ofSeconds(5);

    /** A server's shape: main starts an acceptor thread and returns; the acceptor says so once main is gone. */
    private static final String SERVED = String.join("\n",
            "public class Served {",
            "    public static void main(String[] args) {",
            "        Thread main = Thread.currentThread();",
            "        new Thread(() -> serve(main), \"acceptor\").start();",
            "    }",
            "    static void serve(Thread main) {",
            "        try {",
            "            main.join();",
            "            System.out.println(\"serving\");",
            "            Thread.sleep(600_000);",
            "        } catch (InterruptedException e) {",
            "            return;",
            "        }",
            "    }",
            "}", "");

    @TempDir
    static Path classes;
    private final List<Process> started = new ArrayList<>();

    @BeforeAll
    static void compile() {
        TargetPrograms.compile(classes, true, TargetPrograms.SPIN, SERVED);
    }

    @AfterEach
    void stopTargets() {
        started.forEach(Process::destroyForcibly);
    }

    private Process spin(String... options) {
        Process process = TargetPrograms.start(classes, "Spin", "spinning", new TextLog(), options);
        started.add(process);
        return process;
    }

    /** With main gone (H2's server, Jetty), attaching made the JVM's Reference Handler the current thread. */
    @Test
    void withMainGoneAttachingPicksAThreadRunningTheApplicationsCode() throws EngineException {
        Process target = TargetPrograms.start(classes, "Served", "serving", new TextLog(), LISTENING);
        started.add(target);
        JdiEngine engine = Engines.engine(new RecordingEngineListener());
        try {
            engine.attach(target.pid());
            assertThat(engine.threads(ThreadChoice.CURRENT)).singleElement().asString().endsWith("  acceptor");
            assertThat(engine.stack(ThreadChoice.CURRENT, StackStyle.CALLS, 5)).anyMatch(frame -> frame.contains("Served.serve+0x"));
        } finally {
            engine.close();
        }
    }

    /** .kill of an attached H2 server ended it, but everyone was told "Target disconnected". */
    @Test
    void killEndsAnAttachedJvmAndSaysItExited() throws Exception {
        Process target = spin(LISTENING);
        RecordingEngineListener heard = new RecordingEngineListener();
        JdiEngine engine = Engines.engine(heard);
        try {
            engine.attach(target.pid());
            assertThat(engine.kill()).isEqualTo("Ending process " + target.pid());
            heard.output.await("Target exited\n", Engines.WAIT);
            assertThat(heard.output.text()).doesNotContain("disconnected");
            assertThat(heard.awaitState(TargetState.Kind.NO_TARGET, Engines.WAIT)).isEqualTo(TargetState.NO_TARGET);
            assertThat(target.waitFor(Engines.WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        } finally {
            engine.close();
        }
    }

    @Test
    void attachesByPidStopsTheTargetAndDetachLeavesItRunningForTheNextDebugger() throws EngineException {
        Process target = spin(LISTENING);
        RecordingEngineListener heard = new RecordingEngineListener();
        JdiEngine first = Engines.engine(heard);
        try {
            assertThat(first.attach(target.pid())).isEqualTo("Attached to process " + target.pid()
                    + "; every thread is stopped (g runs them)");
            assertThat(first.state()).isEqualTo(TargetState.stopped(0));
            assertThat(first.threads(ThreadChoice.CURRENT)).singleElement().asString().endsWith("  main");
            assertThat(first.stack(ThreadChoice.CURRENT, StackStyle.CALLS, 5)).anyMatch(frame -> frame.contains("Spin.main+0x"));
            assertThatThrownBy(() -> first.attach(target.pid())).hasMessage("already debugging process " + target.pid()
                    + " (one target per session: .detach or .kill it first)");

            assertThat(first.detach()).isEqualTo("Detached from process " + target.pid() + "; it keeps running");
            assertThat(first.state()).isEqualTo(TargetState.NO_TARGET);
            assertThat(heard.output.text()).as("a detach is not an exit").doesNotContain("Target exited");
        } finally {
            first.close();
        }
        assertThat(target.isAlive()).isTrue();

        JdiEngine second = Engines.engine(new RecordingEngineListener());
        try {
            second.attach(target.pid());
            assertThat(second.state().stopped()).isTrue();
            second.go();
            assertThat(second.state()).isEqualTo(TargetState.RUNNING);
        } finally {
            second.close();
        }
        assertThat(target.isAlive()).as("q never ends a JVM it attached to").isTrue();
    }

    @Test
    void wakesADormantAgentAsJcmdDoes() throws Exception {
        assumeTrue(agentTakes(DORMANT), "this JDK's agent refuses onjcmd=y (Temurin 25 does)");
        Process target = spin(DORMANT);
        JdiEngine engine = Engines.engine(new RecordingEngineListener());
        try {
            engine.attach(target.pid());
            assertThat(engine.stack(ThreadChoice.CURRENT, StackStyle.CALLS, 5)).anyMatch(frame -> frame.contains("Spin."));
        } finally {
            engine.close();
        }
        assertThat(target.isAlive()).isTrue();
    }

    @Test
    void aJvmWithoutAnAgentOrAProcessThatIsNoJvmIsOneLine() throws IOException {
        Process plain = spin();
        JdiEngine engine = Engines.engine(new RecordingEngineListener());
        try {
            assertThatThrownBy(() -> engine.attach(plain.pid())).hasMessage("JVM " + plain.pid() + " has no debugging agent: "
                    + "start it with -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:0 "
                    + "(add onjcmd=y to keep the agent dormant until dbgshell attaches)");
            Process sleeper = new ProcessBuilder("sleep", "60").start();
            started.add(sleeper);
            assertThatThrownBy(() -> engine.attach(sleeper.pid()))
                    .hasMessage("process " + sleeper.pid() + " is not a JVM this user can attach to (.tlist lists them)");
            assertThat(engine.state()).isEqualTo(TargetState.NO_TARGET);
        } finally {
            engine.close();
        }
    }

    @Test
    void aClosedPortAPeerThatIsNotJdwpAndAHeldJvmFailQuicklyWithTheirCause() throws Exception {
        JdiEngine engine = Engines.engine(Tunables.DEFAULTS.with(JdiSettings.ATTACH_TIMEOUT, Duration.ofSeconds(2)),
                new RecordingEngineListener());
        int closed;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = probe.getLocalPort();
        }
        assertFailsQuickly(() -> engine.attach("127.0.0.1", closed), "cannot attach to 127.0.0.1:" + closed
                + ": nothing listens there, or another debugger holds that JVM (its JDWP port takes one debugger at a time)");

        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertFailsQuickly(() -> engine.attach("127.0.0.1", silent.getLocalPort()), "cannot attach to 127.0.0.1:"
                    + silent.getLocalPort() + ": no JDWP answer within 2 s (is it a JDWP agent?)");
        }
        try (ServerSocket http = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread answer = new Thread(() -> {
                try (Socket peer = http.accept(); OutputStream out = peer.getOutputStream()) {
                    out.write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    // the test fails on the message if this peer never answered
                }
            });
            answer.start();
            assertFailsQuickly(() -> engine.attach("127.0.0.1", http.getLocalPort()), "cannot attach to 127.0.0.1:"
                    + http.getLocalPort() + ": it did not answer as a JDWP agent");
        }

        Process target = spin(LISTENING);
        JdiEngine holder = Engines.engine(new RecordingEngineListener());
        try {
            holder.attach(target.pid());
            assertFailsQuickly(() -> engine.attach(target.pid()), "JVM " + target.pid() + " did not answer within 2 s: "
                    + "another debugger probably holds it stopped");
            holder.go();
            assertFailsQuickly(() -> engine.attach(target.pid()), "another debugger holds that JVM");
        } finally {
            holder.close();
            engine.close();
        }
    }

    private interface Attach {
        void run() throws EngineException;
    }

    private static void assertFailsQuickly(Attach attach, String message) {
        long start = System.nanoTime();
        assertThatThrownBy(attach::run).isInstanceOf(EngineException.class).hasMessageContaining(message);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(QUICK);
    }

    /** Whether this JDK's JDWP agent starts with {@code option}: a JVM given it prints its version and exits 0. */
    private static boolean agentTakes(String option) throws IOException, InterruptedException {
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), option, "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!probe.waitFor(30, TimeUnit.SECONDS)) {
            probe.destroyForcibly();
            return false;
        }
        return probe.exitValue() == 0;
    }
}
