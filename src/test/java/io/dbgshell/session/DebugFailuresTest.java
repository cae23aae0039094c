package io.dbgshell.session;

import com.sun.jdi.Bootstrap;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.connect.AttachingConnector;
import com.sun.jdi.connect.Connector;
import io.dbgshell.config.Tunables;
import io.dbgshell.engine.jdi.JdiSettings;
import io.dbgshell.testing.DebugSession;
import io.dbgshell.testing.TargetPrograms;
import io.dbgshell.testing.TextLog;
import io.dbgshell.testing.FreePorts;
import org.junit.jupiter.api.AfterEach;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's bad input and failures through the real session, with a remote client watching: each
 * is one line for everyone, nothing is left half-done, the session and its prompt carry on, and no
 * JDI exception reaches a person.
 */
class DebugFailuresTest {
    private static final String LISTENING = "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:0";
    private static final Pattern AGENT_PORT = Pattern.compile("Listening for transport dt_socket at address: (\\d+)");
    /** The attach bound of the test that waits it out, shrunk. */
    private static final Duration ATTACH_TIMEOUT = Duration.ofSeconds(2);

    @TempDir
    Path dir;
    private DebugSession s;
    private final List<Process> processes = new ArrayList<>();
    private final List<AutoCloseable> closing = new ArrayList<>();

    private DebugSession session(Tunables settings) throws Exception {
        s = DebugSession.start(settings);
        return s;
    }

    private DebugSession session() throws Exception {
        return session(Tunables.DEFAULTS);
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable resource : closing) {
            resource.close();
        }
        if (s != null) {
            s.closeShowingNoInternals();
        }
        processes.forEach(Process::destroyForcibly);
    }

    /** Types {@code line} at the host and expects exactly {@code output} (whole lines) before the next command's. */
    private void answers(String line, String output) {
        int before = s.hostScreen().length();
        s.type(line);
        s.type(".echo --end of " + line + "--");
        String shown = s.expectText("--end of " + line + "--\n");
        String screen = s.hostScreen();
        String answer = screen.substring(before, screen.lastIndexOf(shown));
        assertThat(answer).as("what '%s' answered", line).isEqualTo(output);
    }

    /** As {@link #answers}, for an answer of one line starting {@code Error: } that matches {@code regex}. */
    private String fails(String line, String regex) {
        int before = s.hostScreen().length();
        s.type(line);
        s.type(".echo --end of " + line + "--");
        String shown = s.expectText("--end of " + line + "--\n");
        String screen = s.hostScreen();
        String answer = screen.substring(before, screen.lastIndexOf(shown));
        assertThat(answer).as("what '%s' answered", line).matches("Error: " + regex + "\n");
        return answer;
    }

    private Process spin(TextLog output, String... options) {
        TargetPrograms.compile(dir, true, TargetPrograms.SPIN);
        Process process = TargetPrograms.start(dir, "Spin", "spinning", output, options);
        processes.add(process);
        return process;
    }

    /** A port where something that is not a JDWP agent answers: {@code greeting}, or nothing if empty. */
    private int impostor(String greeting) throws IOException {
        ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        closing.add(server);
        Thread answering = new Thread(() -> {
            try (Socket peer = server.accept()) {
                OutputStream out = peer.getOutputStream();
                out.write(greeting.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                peer.getInputStream().transferTo(OutputStream.nullOutputStream()); // held open until dbgshell lets go
            } catch (IOException e) {
                // the test is over
            }
        }, "impostor");
        answering.setDaemon(true);
        answering.start();
        return server.getLocalPort();
    }

    @Test
    void attachingToAClosedPortOrSomethingElseSaysWhyInOneLineAndTheSessionGoesOn() throws Exception {
        session(Tunables.DEFAULTS.with(JdiSettings.ATTACH_TIMEOUT, ATTACH_TIMEOUT));
        int closed = FreePorts.one();
        fails(".attach 127.0.0.1:" + closed, "cannot attach to 127\\.0\\.0\\.1:" + closed + ": nothing listens there, "
                + "or another debugger holds that JVM \\(its JDWP port takes one debugger at a time\\)");
        int http = impostor("HTTP/1.1 400 Bad Request\r\n\r\n");
        fails(".attach 127.0.0.1:" + http, "cannot attach to 127\\.0\\.0\\.1:" + http
                + ": it did not answer as a JDWP agent");
        int silent = impostor("");
        long before = System.nanoTime();
        fails(".attach 127.0.0.1:" + silent, "cannot attach to 127\\.0\\.0\\.1:" + silent
                + ": no JDWP answer within 2 s \\(is it a JDWP agent\\?\\)");
        assertThat(Duration.ofNanos(System.nanoTime() - before)).as("bounded by the attach time-out")
                .isLessThan(ATTACH_TIMEOUT.multipliedBy(5));
        s.awaitPrompt("dbg> ");
    }

    @Test
    void aJvmAnotherDebuggerHoldsIsRefusedByPidAndByAddress() throws Exception {
        session();
        TextLog output = new TextLog();
        Process target = spin(output, LISTENING);
        Matcher port = AGENT_PORT.matcher(output.awaitPattern(AGENT_PORT.pattern()));
        assertThat(port.find()).isTrue();
        VirtualMachine other = attach(Integer.parseInt(port.group(1)));
        closing.add(other::dispose);

        fails(".attach " + target.pid(), "cannot attach to JVM " + target.pid() + ": another debugger holds that JVM "
                + "\\(its JDWP port takes one debugger at a time\\)");
        fails(".attach 127.0.0.1:" + port.group(1), "cannot attach to 127\\.0\\.0\\.1:" + port.group(1)
                + ": nothing listens there, or another debugger holds that JVM .*");
        s.awaitPrompt("dbg> ");
    }

    @Test
    void aPidThatIsNotAJvmOrHasNoAgentSaysHowToStartOne() throws Exception {
        session();
        Process sleeper = new ProcessBuilder("sleep", "600").start();
        processes.add(sleeper);
        fails(".attach " + sleeper.pid(), "process " + sleeper.pid()
                + " is not a JVM this user can attach to \\(\\.tlist lists them\\)");
        Process plain = spin(new TextLog());
        fails(".attach " + plain.pid(), "JVM " + plain.pid() + " has no debugging agent: start it with "
                + "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127\\.0\\.0\\.1:0 "
                + "\\(add onjcmd=y to keep the agent dormant until dbgshell attaches\\)");
        assertThat(plain.isAlive()).isTrue();
        s.awaitPrompt("dbg> ");
    }

    @Test
    void aJavaThatFailsToStartLeavesNothingBehindAndTheNextCreateWorks() throws Exception {
        session();
        Path classes = TargetPrograms.compile(dir, true, TargetPrograms.HELLO);
        fails(".create java --no-such-option Hello", "java failed to start \\(exit code 1\\): "
                + "Unrecognized option: --no-such-option");
        fails(".create javac -version", "'javac' is not a java executable: the command starts with java, "
                + "e\\.g\\. java -cp DIR MainClass");
        fails(".create java -agentlib:jdwp=transport=dt_socket Hello", "leave out '-agentlib:jdwp=transport=dt_socket': "
                + "dbgshell gives the target its own JDWP agent");
        s.awaitPrompt("dbg> ");

        long pid = s.create(classes, "Hello");
        fails(".create java -cp " + classes + " Hello", "already debugging java -cp " + Pattern.quote(classes.toString())
                + " Hello \\(one target per session: \\.detach or \\.kill it first\\)");
        fails(".attach 127.0.0.1:1", "already debugging .*");
        fails(".attach " + ProcessHandle.current().pid(), "already debugging .*");
        assertThat(ProcessHandle.of(pid)).as("the target survives a refused second one").isPresent();
    }

    @Test
    void locationsWithNoClassNoMethodOrNoCodeAreToldAndOnlyGoodBreakpointsAreListed() throws Exception {
        session();
        s.create(TargetPrograms.compile(dir, true, TargetPrograms.HELLO), "Hello");
        s.type("t");
        s.expectStop("^Hello\\.main\\+0x0 \\[Hello\\.java @ 7]:\n");

        answers("bp NoSuch:3", "Breakpoint 0 is deferred until NoSuch loads\n");
        fails("bp Hello.nosuch", "Hello has no method named nosuch");
        fails("bp Hello:5", "Hello has no code at line 5.*");
        answers("bp Hello:8", "");
        answers("bl", " 0 eu   0001 (0001)  0:**** (NoSuch:3)\n"
                + " 1 e    0001 (0001)  0:**** Hello.main+0x2 [Hello.java @ 8]\n");
        s.type("g");
        s.expectStop("^Breakpoint 1 hit\nHello\\.main\\+0x2 \\[Hello\\.java @ 8]:\n");
    }

    @Test
    void aTargetThatDiesWhileRunningOrSteppingIsAnnouncedWithItsExitCode() throws Exception {
        session();
        Path classes = TargetPrograms.compile(dir, true, TargetPrograms.HELLO, TargetPrograms.SPIN);
        s.create(classes, "Hello");
        s.type("t");
        s.expectStop("^Hello\\.main\\+0x0 \\[Hello\\.java @ 7]:\n");
        s.type("p 100; .echo after the step");
        s.expect("^fact 6\n(.*\n)*Target exited with code 7\n(.*\n)*after the step\n");
        s.awaitPrompt("dbg> ");

        long pid = s.create(classes, "Spin");
        s.type("g; .echo after the kill");
        s.expectText("spinning\n");
        s.awaitPrompt("*BUSY*> ");
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        s.expect("^Target exited with code 137\n(.*\n)*after the kill\n");
        s.awaitPrompt("dbg> ");
        fails("k", "no target \\(\\.create or \\.attach starts one\\)");
    }

    @Test
    void malformedCommandsAnswerOneLineEach() throws Exception {
        session();
        s.create(TargetPrograms.compile(dir, true, TargetPrograms.HELLO), "Hello");
        Map<String, String> bad = new LinkedHashMap<>();
        for (String line : List.of("p abc", "p 0", "t 2000000", "p 1 2", "gu now", "g Hello:x", "g NoSuch.main(",
                "k abc", "k -1", "~x", "~99s", "~s", "~1k extra", "bp", "bp /x Hello:8", "bp Hello:8 \"no end",
                "bp Hello:8 0", "bc", "bc abc", "bc 5", "bd 3-1", "be *x", "bm nodot", "sxe", "sxe ld:", "sxz x",
                ".attach", ".attach host:port", ".attach 0nzz", ".attach 127.0.0.1:99999", ".detach now", ".kill x",
                ".stepfilter a*b*", ".break", ".create")) {
            bad.put(line, fails(line, ".+").strip());
        }
        assertThat(bad).hasSize(35);
        answers("k", "(no Java frames: the thread has not run Java code yet)\n");
    }

    private static VirtualMachine attach(int port) throws Exception {
        AttachingConnector connector = Bootstrap.virtualMachineManager().attachingConnectors().stream()
                .filter(candidate -> candidate.name().equals("com.sun.jdi.SocketAttach")).findFirst().orElseThrow();
        Map<String, Connector.Argument> arguments = connector.defaultArguments();
        arguments.get("hostname").setValue("127.0.0.1");
        arguments.get("port").setValue(Integer.toString(port));
        return connector.attach(arguments);
    }
}
