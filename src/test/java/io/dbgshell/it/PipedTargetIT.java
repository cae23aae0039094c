package io.dbgshell.it;

import io.dbgshell.testing.DbgshellProcess;
import io.dbgshell.testing.TargetPrograms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher fed a whole script on standard input at once, as {@code printf 'bp Hello:8\ng\nk\n' |
 * dbgshell java ...} does: each line runs once the one before is over, so the line after {@code g}
 * finds the target stopped at the breakpoint; {@code -c} is over before the first piped line.
 */
class PipedTargetIT {
    private static final Duration WAIT = Duration.ofSeconds(90);
    /** A location line of Hello.main, with its bytecode index left open. */
    private static final String MAIN_AT = "Hello\\.main\\+0x[0-9a-f]+ \\[Hello\\.java @ ";

    @TempDir
    Path home;
    @TempDir
    Path classes;

    @Test
    void eachPipedLineRunsOnceTheOneBeforeIsOverTheWaitForAStopIncluded() {
        TargetPrograms.compile(classes, true, TargetPrograms.HELLO);
        try (DbgshellProcess host = DbgshellProcess.start(home, "java", "-cp", classes.toString(), "Hello")) {
            host.type("bp Hello:8\ng\nk\np"); // all in the pipe before the target has even started
            host.closeInput();

            assertThat(host.awaitExit(WAIT)).isZero();
            assertThat(host.out.text()).doesNotContain("Error:").containsPattern("0:000> g\nBreakpoint 0 hit\n" + MAIN_AT
                    + "8]:\n0:000> k\n # Call Site\n00 " + MAIN_AT + "8]\n0:000> p\n" + MAIN_AT + "9]:\n0:000> q\n");
        }
    }

    @Test
    void theFirstPipedLineRunsOnceTheStartUpCommandsAreOver() {
        TargetPrograms.compile(classes, true, TargetPrograms.HELLO);
        try (DbgshellProcess host = DbgshellProcess.start(home, "-c", "bp Hello:8; g",
                "java", "-cp", classes.toString(), "Hello")) {
            host.type("k");
            host.closeInput();

            assertThat(host.awaitExit(WAIT)).isZero();
            assertThat(host.out.text()).doesNotContain("Error:").containsPattern("Breakpoint 0 hit\n" + MAIN_AT
                    + "8]:\n0:000> k\n # Call Site\n00 " + MAIN_AT + "8]\n");
        }
    }
}
