package io.dbgshell.session;

import io.dbgshell.config.Tunables;
import io.dbgshell.engine.TargetState;
import io.dbgshell.engine.jdi.Programs;
import io.dbgshell.testing.DebugSession;
import io.dbgshell.testing.RecordingConsole;
import io.dbgshell.testing.TargetPrograms;
import io.dbgshell.testing.TestHost;
import io.dbgshell.testing.TextLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The busy prompt is held for the settings' busy-prompt delay: a step that stops sooner reaches
 * every participant as one prompt, the stopped one, rather than as {@code *BUSY*> } sent and taken
 * back a moment later; a target that keeps running is shown busy once the delay has passed. Real
 * session, real JDI target, a remote client over tcp.
 */
class BusyPromptTest {
    private static final String STOPPED = "0:000> \n";
    private static final int STEPS = 20;

    @TempDir
    Path dir;
    private DebugSession s;

    @AfterEach
    void stop() {
        if (s != null) {
            s.close();
        }
    }

    private void start(Duration busyDelay) throws Exception {
        s = DebugSession.start(Tunables.DEFAULTS, TestHost.fastSettings().with(SessionSettings.BUSY_PROMPT_DELAY, busyDelay));
    }

    @Test
    void eachStepThatStopsWithinTheDelayIsSentAsOneStoppedPromptToEveryone() throws Exception {
        // longer than any step on a loaded machine: no step here may show the busy prompt
        start(Duration.ofMinutes(5));
        s.create(Programs.loop(dir), "Loop", "1000");
        s.type("g Loop.main");
        s.expectStop("^Loop\\.main\\+0x0 \\[Loop\\.java @ \\d+]:\n");
        // text shown after the stop's prompt: every prompt before it is counted below
        s.type(".echo stopped at main");
        s.expectText("stopped at main\n");
        RecordingConsole[] everyone = {s.host.console, s.client.display};
        int[] before = new int[everyone.length];
        for (int i = 0; i < everyone.length; i++) {
            before[i] = TextLog.count(everyone[i].prompts.text(), STOPPED);
        }

        for (int step = 1; step <= STEPS; step++) {
            s.type("p");
            s.expectOnHost("^Loop\\.main\\+0x[0-9a-f]+ \\[Loop\\.java @ \\d+]:\n");
            for (int i = 0; i < everyone.length; i++) {
                everyone[i].prompts.awaitCount(STOPPED, before[i] + step, DebugSession.WAIT);
            }
        }
        s.type(".echo steps over"); // likewise: a late extra prompt would come before it
        s.expectText("steps over\n");

        for (int i = 0; i < everyone.length; i++) {
            String prompts = everyone[i].prompts.text();
            assertThat(prompts).as("prompts of participant %d", i).doesNotContain(TargetState.RUNNING_PROMPT);
            assertThat(TextLog.count(prompts, STOPPED)).as("stopped prompts of participant %d", i)
                    .isEqualTo(before[i] + STEPS);
        }
    }

    @Test
    void aTargetThatRunsOnIsShownBusyToEveryoneAfterTheDelay() throws Exception {
        start(Duration.ofMillis(50));
        s.create(TargetPrograms.compile(dir, true, TargetPrograms.SPIN), "Spin");

        s.type("g");
        s.expectText("spinning\n");
        s.awaitPrompt(TargetState.RUNNING_PROMPT);
        s.type(".break");
        s.expectStop("^\\([0-9a-f]+\\.0\\): Break-in\n");
    }
}
