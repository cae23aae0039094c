package io.dbgshell.engine.jdi;

import io.dbgshell.config.Tunables;
import io.dbgshell.engine.EngineException;
import io.dbgshell.engine.TargetState;
import io.dbgshell.engine.ThreadView.StackStyle;
import io.dbgshell.engine.ThreadView.ThreadChoice;
import io.dbgshell.testing.RecordingEngineListener;
import io.dbgshell.testing.TargetPrograms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionStage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A running target: break-in, threads and their numbers, and a chatty target's output held to its rate. */
class JdiEngineRunTest {
    @TempDir
    static Path classes;

    @BeforeAll
    static void compile() {
        TargetPrograms.compile(classes, true, TargetPrograms.SPIN, TargetPrograms.WORKERS, TargetPrograms.CHATTY);
    }

    @Test
    void breakInStopsATightLoopAndShowsWhereItWas() throws EngineException {
        RecordingEngineListener heard = new RecordingEngineListener();
        JdiEngine engine = Engines.engine(heard);
        try {
            engine.create(List.of("java", "-cp", classes.toString(), "Spin"));
            assertThat(engine.breakIn()).as("nothing runs yet").isFalse();
            CompletionStage<TargetState> running = engine.go();
            assertThat(engine.state()).isEqualTo(TargetState.RUNNING);
            heard.output.await("spinning\n", Engines.WAIT);
            assertThatThrownBy(() -> engine.stack(ThreadChoice.CURRENT, StackStyle.CALLS, 5))
                    .hasMessage("the target is running (.break or Ctrl-C stops it)");

            assertThat(engine.breakIn()).isTrue();
            assertThat(Engines.await(running)).isEqualTo(TargetState.stopped(0));
            // in the loop nearly always, but the break can still find main flushing its "spinning" line
            heard.output.awaitPattern("^\\([0-9a-f]+\\.0\\): Break-in\n[\\w.$]+\\+0x[0-9a-f]+( \\[\\w+\\.java @ \\d+])?:\n");
            assertThat(engine.stack(ThreadChoice.CURRENT, StackStyle.CALLS, 64))
                    .anyMatch(frame -> frame.matches("[0-9a-f]{2} Spin\\.main.*"));
            assertThat(engine.breakIn()).as("already stopped").isFalse();
        } finally {
            engine.close();
        }
    }

    @Test
    void threadsKeepTheirNumbersAndOneCanBeMadeCurrent() throws EngineException {
        RecordingEngineListener heard = new RecordingEngineListener();
        JdiEngine engine = Engines.engine(heard);
        try {
            engine.create(List.of("java", "-cp", classes.toString(), "Workers"));
            CompletionStage<TargetState> running = engine.go();
            heard.output.await("started\n", Engines.WAIT);
            engine.breakIn();
            Engines.await(running);
            List<String> threads = engine.threads(ThreadChoice.ALL);
            assertThat(threads.get(0)).startsWith(".  0  Id: ").endsWith("  main");
            String worker = threads.stream().filter(line -> line.endsWith("  worker-2")).findFirst().orElseThrow();
            int number = Integer.parseInt(worker.substring(1, 4).strip());
            assertThat(worker).matches(" +\\d+  Id: [0-9a-f]+ +Suspend: 1  sleeping +worker-2");

            // JDK 17's Thread.sleep is native; later JDKs sleep in Thread.sleepNanos0
            assertThat(engine.select(number)).matches("java\\.lang\\.Thread\\.sleep\\w*\\+0x0:");
            assertThat(engine.state()).isEqualTo(TargetState.stopped(number));
            assertThat(heard.states()).last().isEqualTo(TargetState.stopped(number));
            assertThat(engine.stack(ThreadChoice.CURRENT, StackStyle.CALLS, 5)).anyMatch(frame -> frame.contains("Workers.nap+0x"));
            assertThat(engine.threads(ThreadChoice.number(number))).singleElement().asString()
                    .startsWith(".").endsWith("  worker-2");
            assertThat(engine.threads(ThreadChoice.number(0))).singleElement().asString().startsWith("#  0");
            assertThatThrownBy(() -> engine.select(99)).hasMessage("no thread 99 (~ lists the threads)");

            CompletionStage<TargetState> again = engine.go();
            engine.breakIn();
            assertThat(Engines.await(again)).as("the current thread stays current if it lives")
                    .isEqualTo(TargetState.stopped(number));
            assertThat(numbersAndNames(engine.threads(ThreadChoice.ALL))).as("the same numbers after running again")
                    .isEqualTo(numbersAndNames(threads));
        } finally {
            engine.close();
        }
    }

    @Test
    void aChattyTargetsOutputIsPassedOnInWholeLinesAtTheBoundedRate() throws EngineException {
        int rate = 20_000;
        RecordingEngineListener heard = new RecordingEngineListener();
        JdiEngine engine = Engines.engine(Tunables.DEFAULTS.with(JdiSettings.OUTPUT_CHARS_PER_SECOND, rate), heard);
        try {
            engine.create(List.of("java", "-cp", classes.toString(), "Chatty"));
            long start = System.nanoTime();
            engine.go();
            heard.output.awaitMatch(text -> text.length() > 3 * rate, "three seconds' worth of output", Engines.WAIT);
            double seconds = (System.nanoTime() - start) / 1e9;
            int received = heard.output.text().length();
            assertThat(received).as("characters passed on in %.1f s", seconds)
                    .isLessThanOrEqualTo((int) (rate * (seconds + 1)) + JdiSettings.OUTPUT_CHUNK_CHARS.defaultValue());
            assertThat(seconds).as("a second's burst, then the rate").isGreaterThan(1.5);
            String text = heard.output.text();
            assertThat(text.substring(0, text.lastIndexOf('\n') + 1).lines())
                    .allMatch(line -> line.matches("\\d{8} x{50}"));
        } finally {
            engine.close();
        }
    }

    /** {@code 3 "worker-2"} for each thread line. */
    private static List<String> numbersAndNames(List<String> threads) {
        return threads.stream().map(line -> line.substring(1, 4).strip() + " " + line.substring(line.lastIndexOf("  ") + 2)).toList();
    }
}
