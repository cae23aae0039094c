package io.dbgshell.engine.jdi;

import io.dbgshell.config.Tunables;
import io.dbgshell.engine.TargetState;
import io.dbgshell.testing.RecordingEngineListener;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** An engine with no breakpoint rules, heard by a recording listener, for tests that drive it through its API. */
final class Engines {
    /** Long enough for a JVM to start or stop on a machine shared by many builds. */
    static final Duration WAIT = Duration.ofSeconds(30);

    private Engines() {
    }

    static JdiEngine engine(RecordingEngineListener listener) {
        return engine(Tunables.DEFAULTS, listener);
    }

    static JdiEngine engine(Tunables settings, RecordingEngineListener listener) {
        JdiEngine engine = new JdiEngine(settings, new NoEventRules());
        engine.listen(listener);
        return engine;
    }

    /** What a resuming command's stage completed with, waiting at most {@link #WAIT}. */
    static TargetState await(CompletionStage<TargetState> stage) {
        try {
            return stage.toCompletableFuture().get(WAIT.toNanos(), TimeUnit.NANOSECONDS);
        } catch (Exception e) {
            throw new AssertionError("the target did not stop or end within " + WAIT, e);
        }
    }
}
