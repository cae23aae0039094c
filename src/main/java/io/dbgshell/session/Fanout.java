package io.dbgshell.session;

import io.dbgshell.engine.TargetState;

import java.util.function.Consumer;

/**
 * Session output on its way to everyone: what commands and events print is gathered and sent as one
 * piece per task (or sooner once it reaches the settings' flush size), recorded for joiners, and
 * shown to the host's side through {@link HostView}. Also the prompt, which is session state: it
 * changes with the target and reaches every participant when it does. Used only in the session
 * executor's turn.
 */
final class Fanout {
    private final Roster roster;
    private final HostView hostView;
    private final OutputHistory history;
    private final int flushChars;
    private final StringBuilder pending = new StringBuilder();
    private String prompt = TargetState.NO_TARGET_PROMPT;
    /** Whether the running line runs on a link's event loop, where the host's console may not be shown text. */
    private boolean onEventLoop;

    Fanout(Roster roster, int historyLines, int flushChars) {
        this.roster = roster;
        this.hostView = new HostView(roster.all());
        this.history = new OutputHistory(historyLines);
        this.flushChars = flushChars;
    }

    /** Receives every piece of text the host's console shows (transcripts); may be called from any thread. */
    void addTap(Consumer<String> tap) {
        hostView.addTap(tap);
    }

    /** Prints one line (a line feed is added) to everyone. */
    void println(String line) {
        print(line + "\n");
    }

    /** Prints text made of whole lines to everyone. */
    void print(String text) {
        pending.append(text);
        if (pending.length() >= flushChars) {
            flush();
        }
    }

    /** Sends what was printed so far; every task ends with this, so the next starts with nothing pending. */
    void flush() {
        if (pending.length() > 0) {
            String text = pending.toString();
            pending.setLength(0);
            broadcast(text, null);
        }
    }

    /** Sends {@code text} at once to everyone but {@code except} (a typed line, shown to everyone else). */
    void broadcast(String uncut, Participant except) {
        String text = OutputLines.cut(uncut); // the one place all output passes: history and transcript included
        history.add(text);
        if (onEventLoop) {
            hostView.hold(text);
        } else {
            hostView.show(text, except);
        }
        SessionOutput output = new SessionOutput(text);
        try {
            for (Participant participant : roster.all()) {
                if (participant != except && !participant.isHost()) {
                    participant.deliver(output);
                }
            }
        } finally {
            output.release();
        }
    }

    /** Sends {@code text} to {@code participant} alone (the echo of its own line). */
    static void tell(Participant participant, String text) {
        SessionOutput output = new SessionOutput(text);
        participant.deliver(output);
        output.release();
    }

    /** What a joining client is shown before it takes part: the recent output, then the prompt. */
    void greet(Participant joiner) {
        String recent = history.text();
        if (!recent.isEmpty()) {
            tell(joiner, recent);
        }
        joiner.prompt(prompt);
    }

    String prompt() {
        return prompt;
    }

    /** Makes {@code next} the prompt; everyone is sent it if it changed, after the output before it. */
    void prompt(String next) {
        if (next.equals(prompt)) {
            return;
        }
        flush();
        prompt = next;
        for (Participant participant : roster.all()) {
            participant.prompt(next);
        }
    }

    /** Marks the start or end of a line run on a link's event loop. */
    void runningOnEventLoop(boolean value) {
        onEventLoop = value;
    }

    /** Shows the host's console what lines run on event loops held back; every session-thread task calls this first. */
    void showHeld() {
        if (!onEventLoop) {
            hostView.showHeld();
        }
    }

    /** True once per burst of held-back text: the caller then makes sure a session-thread task follows. */
    boolean needsCatchUp() {
        return hostView.needsCatchUp();
    }
}
