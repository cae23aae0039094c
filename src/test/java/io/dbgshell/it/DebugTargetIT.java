package io.dbgshell.it;

import io.dbgshell.testing.DbgshellProcess;
import io.dbgshell.testing.PtyProcess;
import io.dbgshell.testing.TargetPrograms;
import io.dbgshell.testing.TextLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static io.dbgshell.testing.PtyProcess.CTRL_C;
import static io.dbgshell.testing.PtyProcess.ENTER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher with a target, as a user runs it: {@code dbgshell java -cp DIR Main} stopped before
 * main, stepped and run to its exit code; {@code dbgshell -p PID} attached to a running JVM and
 * left running by {@code q}; a client breaking in while the host, at a real terminal, is typing; a
 * {@code java} that cannot start, and a JVM without an agent.
 */
class DebugTargetIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path home;
    @TempDir
    Path classes;

    @Test
    void launchesStepsAndRunsATargetToItsExitCode() {
        TargetPrograms.compile(classes, true, TargetPrograms.HELLO);
        try (DbgshellProcess host = DbgshellProcess.start(home, "java", "-cp", classes.toString(), "Hello")) {
            host.out.await("Started java -cp " + classes + " Hello (process 0n", WAIT);
            host.type("~");
            host.out.awaitPattern("^\\.  0  Id: [0-9a-f]+ +Suspend: 1  running +main$");
            host.type("t");
            host.out.await("Hello.main+0x0 [Hello.java @ 7]:\n", WAIT);
            host.type("p");
            host.out.await("[Hello.java @ 8]:\n", WAIT);
            host.type("k");
            host.out.awaitPattern("^ # Call Site\n00 Hello\\.main\\+0x[0-9a-f]+ \\[Hello\\.java @ 8]$");
            host.type("g");
            host.out.await("fact 6\n", WAIT);
            host.out.await("Target exited with code 7\n", WAIT);
            host.type("k");
            host.out.await("Error: no target (.create or .attach starts one)\n", WAIT);
            host.type("q");
            assertThat(host.awaitExit(WAIT)).isZero();
        }
    }

    @Test
    void attachesByPidAndQuitLeavesTheJvmRunningForTheNextDebugger() {
        TargetPrograms.compile(classes, true, TargetPrograms.SPIN);
        Process target = TargetPrograms.start(classes, "Spin", "spinning", new TextLog(),
                "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:0");
        try {
            for (int attach = 0; attach < 2; attach++) {
                try (DbgshellProcess host = DbgshellProcess.start(home, "-p", Long.toString(target.pid()))) {
                    host.out.await("Attached to process " + target.pid() + "; every thread is stopped (g runs them)\n", WAIT);
                    host.type("k");
                    host.out.awaitPattern("^0[01] Spin\\.(main|work)\\+0x");
                    host.type("q");
                    assertThat(host.awaitExit(WAIT)).isZero();
                }
                assertThat(target.isAlive()).as("q never ends a JVM it attached to").isTrue();
            }
        } finally {
            target.destroyForcibly();
        }
    }

    /**
     * The terminal sends Ctrl-C's SIGINT to its whole foreground process group: a target launched in
     * dbgshell's group died of it (exit code 130) instead of being broken into.
     */
    @Test
    void ctrlCAtTheHostsTerminalBreaksIntoALaunchedTargetAndLeavesItAlive() {
        TargetPrograms.compile(classes, true, TargetPrograms.SPIN);
        try (PtyProcess host = PtyProcess.start(home, "java", "-cp", classes.toString(), "Spin")) {
            host.awaitOnScreen("stopped before main");
            host.typeLine("g");
            host.awaitOnScreen("spinning");
            host.keys(PtyProcess.CTRL_C);
            host.awaitOnScreen("): Break-in");
            host.typeLine("k");
            host.awaitOnScreen(" Spin.main+0x");
            assertThat(host.plainScreen()).doesNotContain("Target exited");
            // the screen already shows the busy prompt from the first run: wait for this run's own
            int busy = TextLog.count(host.plainScreen(), "*BUSY*> ");
            host.typeLine("g");
            host.awaitOnScreen("*BUSY*> ", busy + 1);
            host.keys(PtyProcess.CTRL_C);
            host.awaitOnScreen("): Break-in", 2);
            host.typeLine("q");
            assertThat(host.awaitExit(WAIT)).isZero();
            assertThat(host.plainScreen()).doesNotContain("Target exited");
        }
    }

    @Test
    void aJavaThatCannotStartEndsDbgshellWithOneLine() {
        try (DbgshellProcess host = DbgshellProcess.start(home, "java", "--no-such-option", "Hello")) {
            assertThat(host.awaitExit(WAIT)).isNotZero();
            assertThat(host.err.text()).isEqualTo("Error: java failed to start (exit code 1): "
                    + "Unrecognized option: --no-such-option\n");
        }
    }

    @Test
    void aClientBreaksInWhileTheHostIsTypingAndTheHostsLineRunsOnceStopped() throws Exception {
        TargetPrograms.compile(classes, true, TargetPrograms.SPIN);
        try (PtyProcess host = PtyProcess.start(home, PtyProcess.Stdin.TERMINAL, "-server", "tcp:port=0",
                "java", "-cp", classes.toString(), "Spin")) {
            host.awaitOnScreen("stopped before main", WAIT);
            int port = host.awaitServerPort();
            host.awaitOnScreen("0:000> ");
            host.keys("g" + ENTER);
            host.awaitOnScreen("spinning", WAIT);
            try (DbgshellProcess client = DbgshellProcess.start(home, "-remote", "tcp:server=127.0.0.1,port=" + port)) {
                client.out.await("spinning\n", WAIT);
                host.keys("k");
                host.awaitOnScreen("*BUSY*> k");

                client.type(".break");
                client.out.awaitPattern("^\\([0-9a-f]+\\.0\\): Break-in\nSpin\\.(work|main)\\+0x[0-9a-f]+ \\[Spin\\.java @ (3|9)]:$");
                host.awaitOnScreen("): Break-in");
                host.awaitOnScreen("0:000> k");

                host.keys(ENTER);
                client.out.awaitPattern("^ # Call Site\n00 Spin\\.(work|main)\\+0x");
                host.awaitOnScreen(" # Call Site");
                assertThat(host.plainScreen()).doesNotContain("Error: the target is running");
                client.type("q");
                assertThat(client.awaitExit(WAIT)).isZero();
            }
            host.keys("q" + ENTER);
            assertThat(host.awaitExit(WAIT)).isZero();
        }
    }

    @Test
    void ctrlCAtTheHostsTerminalBreaksIntoALaunchedTargetWithoutEndingIt() {
        TargetPrograms.compile(classes, true, TargetPrograms.SPIN);
        try (PtyProcess host = PtyProcess.start(home, PtyProcess.Stdin.TERMINAL, "java", "-cp", classes.toString(), "Spin")) {
            host.awaitOnScreen("stopped before main", WAIT);
            host.awaitOnScreen("0:000> ");
            host.keys("g" + ENTER);
            host.awaitOnScreen("spinning", WAIT);
            host.awaitOnScreen("*BUSY*> ");

            host.keys(CTRL_C);
            host.awaitOnScreen("): Break-in", WAIT);
            host.keys("k" + ENTER);
            host.awaitOnScreen(" # Call Site");
            assertThat(host.plainScreen()).doesNotContain("Target exited");
            host.keys("g" + ENTER);
            host.keys(".kill" + ENTER);
            host.awaitOnScreen("Target exited with code 1", WAIT);
            host.keys("q" + ENTER);
            assertThat(host.awaitExit(WAIT)).isZero();
        }
    }

    @Test
    void aPidWithoutAnAgentEndsDbgshellWithHowToStartIt() {
        TargetPrograms.compile(classes, true, TargetPrograms.SPIN);
        Process target = TargetPrograms.start(classes, "Spin", "spinning", new TextLog());
        try (DbgshellProcess host = DbgshellProcess.start(home, "-p", Long.toString(target.pid()))) {
            assertThat(host.awaitExit(WAIT)).isNotZero();
            assertThat(host.err.text()).isEqualTo("Error: -p " + target.pid() + ": JVM " + target.pid()
                    + " has no debugging agent: start it with -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,"
                    + "address=127.0.0.1:0 (add onjcmd=y to keep the agent dormant until dbgshell attaches)\n");
            assertThat(target.isAlive()).isTrue();
        } finally {
            target.destroyForcibly();
        }
    }
}
