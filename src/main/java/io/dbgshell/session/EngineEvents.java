package io.dbgshell.session;

import io.dbgshell.engine.EngineListener;
import io.dbgshell.engine.TargetState;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The session's ear for its engine. Events arrive on the engine's threads and are queued here in
 * the order they happened; one session task at a time takes everything queued and handles it in
 * that order: output to everyone, a new prompt for everyone, a breakpoint's commands run. So the
 * engine never waits for the session, a burst of target output costs one task, and what a target
 * prints beyond {@link SessionSettings#ENGINE_OUTPUT_CHARS} while the session is behind is dropped (and
 * counted, and said) rather than held without bound.
 */
final class EngineEvents implements EngineListener {
    private final Executor session;
    private final Handler handler;
    private final int maxPendingChars;
    private final ArrayDeque<Event> queue = new ArrayDeque<>();
    private int pendingChars;
    private boolean drainQueued;

    /** What the session does with each event, in its executor's turn. */
    interface Handler {
        void output(String text);

        void stateChanged(TargetState state);

        void runOnStop(String commands);
    }

    private sealed interface Event permits Output, State, Commands, Dropped {
    }

    private record Output(String text) implements Event {
    }

    private record State(TargetState state) implements Event {
    }

    private record Commands(String line) implements Event {
    }

    /** Output dropped at this point; grows while more is dropped in a row. */
    private static final class Dropped implements Event {
        private long chars;
    }

    /** @param session runs a task in the session executor's turn, after every task given before it */
    EngineEvents(Executor session, Handler handler, int maxPendingChars) {
        this.session = session;
        this.handler = handler;
        this.maxPendingChars = maxPendingChars;
    }

    @Override
    public void output(String text) {
        synchronized (queue) {
            addOutput(text);
        }
        drainSoon();
    }

    /** One batch for the whole stop, so no session task (someone's line) comes between its parts. */
    @Override
    public void stopped(String announcement, TargetState state, Optional<String> commands) {
        synchronized (queue) {
            if (!announcement.isEmpty()) {
                addOutput(announcement);
            }
            queue.addLast(new State(state));
            commands.ifPresent(line -> queue.addLast(new Commands(line)));
        }
        drainSoon();
    }

    /** Queues output within the bound, or counts it as dropped; with the queue's lock held. */
    private void addOutput(String text) {
        if (queue.peekLast() instanceof Dropped dropped) {
            dropped.chars += text.length(); // dropping goes on until another event comes or the session catches up
        } else if (pendingChars + (long) text.length() > maxPendingChars) {
            Dropped dropped = new Dropped();
            dropped.chars = text.length();
            queue.addLast(dropped);
        } else {
            pendingChars += text.length();
            queue.addLast(new Output(text.endsWith("\n") ? text : text + "\n"));
        }
    }

    @Override
    public void stateChanged(TargetState state) {
        add(new State(state));
    }

    @Override
    public void runOnStop(String commands) {
        add(new Commands(commands));
    }

    private void add(Event event) {
        synchronized (queue) {
            queue.addLast(event);
        }
        drainSoon();
    }

    private void drainSoon() {
        synchronized (queue) {
            if (drainQueued) {
                return;
            }
            drainQueued = true;
        }
        session.execute(this::drain);
    }

    /** Handles everything queued, in order; in the session executor's turn. */
    private void drain() {
        List<Event> events;
        synchronized (queue) {
            events = List.copyOf(queue);
            queue.clear();
            pendingChars = 0;
            drainQueued = false;
        }
        for (Event event : events) {
            if (event instanceof Output output) {
                handler.output(output.text());
            } else if (event instanceof State state) {
                handler.stateChanged(state.state());
            } else if (event instanceof Commands commands) {
                handler.runOnStop(commands.line());
            } else if (event instanceof Dropped dropped) {
                handler.output("(" + dropped.chars + " characters of target output were dropped: the session fell behind)\n");
            }
        }
    }
}
