package io.dbgshell.testing;

import io.dbgshell.engine.EngineListener;
import io.dbgshell.engine.TargetState;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Hears an engine as the session would: its output in a {@link TextLog}, its states in order, with deadline waits. */
public final class RecordingEngineListener implements EngineListener {
    public final TextLog output = new TextLog();
    private final List<TargetState> states = new ArrayList<>();
    private final List<String> commands = new ArrayList<>();

    @Override
    public void output(String text) {
        output.append(text);
    }

    @Override
    public synchronized void stateChanged(TargetState state) {
        states.add(state);
        notifyAll();
    }

    @Override
    public synchronized void runOnStop(String line) {
        commands.add(line);
    }

    public synchronized List<TargetState> states() {
        return List.copyOf(states);
    }

    /** Waits until the latest state is of {@code kind}, at most {@code wait}. */
    public synchronized TargetState awaitState(TargetState.Kind kind, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (states.isEmpty() || states.get(states.size() - 1).kind() != kind) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no " + kind + " state within " + wait + "; states " + states
                        + "; output:\n" + output.text());
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return states.get(states.size() - 1);
    }
}
