package io.dbgshell.session;

import io.dbgshell.config.Tunables;
import io.dbgshell.engine.TargetState;

import java.time.Duration;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Session output on its way to everyone: what commands and events print is gathered and sent as one
 * piece per task (or sooner once it reaches the flush size), recorded for joiners, and
 * shown to the host's side through {@link HostView}. Also the prompt, which is session state: it
 * changes with the target and reaches every participant when it does, but for the busy prompt,
 * which waits a moment in case the target stops at once. Used only in the session executor's turn.
 */
final class Fanout {
    private final Roster roster;
    private final HostView hostView;
    private final OutputHistory history;
    private final int flushChars;
    private final int maxLineChars;
    private final Duration busyDelay;
    /** Runs a task in the session executor's turn after a delay. */
    private final BiConsumer<Runnable, Duration> later;
    private final StringBuilder pending = new StringBuilder();
    /** The session's prompt: what a command line is shown with and a joiner is given, sent or not. */
    private String prompt = TargetState.NO_TARGET_PROMPT;
    /** The prompt is a busy prompt that nobody has been sent yet. */
    private boolean busyHeld;
    /** When the held busy prompt became the prompt ({@link System#nanoTime}). */
    private long busySince;
    /** A check of the held busy prompt is on its way, so a burst of steps asks for one at a time. */
    private boolean busyCheckDue;
    /** Whether the running line runs on a link's event loop, where the host's console may not be shown text. */
    private boolean onEventLoop;

    /**
     * @param tunables its history, flush size, line cut and busy prompt delay
     * @param later    runs a task in the session executor's turn after a delay
     */
    Fanout(Roster roster, Tunables tunables, BiConsumer<Runnable, Duration> later) {
        this.roster = roster;
        this.hostView = new HostView(roster.all());
        this.history = new OutputHistory(tunables.get(SessionSettings.HISTORY_LINES),
                tunables.get(SessionSettings.HISTORY_BYTES));
        this.flushChars = tunables.get(SessionSettings.OUTPUT_FLUSH_CHARS);
        this.maxLineChars = tunables.get(SessionSettings.OUTPUT_LINE_CHARS);
        this.busyDelay = tunables.get(SessionSettings.BUSY_PROMPT_DELAY);
        this.later = later;
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
        String text = OutputLines.cut(uncut, maxLineChars); // the one place all output passes: history and transcript included
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
    void tell(Participant participant, String text) {
        SessionOutput output = new SessionOutput(OutputLines.cut(text, maxLineChars));
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

    /**
     * Makes {@code next} the prompt; everyone is sent it if it changed, after the output before it. A
     * busy prompt held back and now replaced was never sent, so everyone gets the new one even if it
     * is the one they had: a step is seen as one prompt.
     */
    void prompt(String next) {
        busyHeld = false;
        if (next.equals(prompt)) {
            return;
        }
        prompt = next;
        send();
    }

    /**
     * Makes {@code next}, the prompt of a running target, the prompt, but sends it to everyone only
     * once the target has run for the busy delay. A {@code p} that stops sooner would otherwise send
     * every participant two prompts a line, the busy one taken back a millisecond later, each a
     * wake-up of its writer thread or event loop.
     */
    void busyPrompt(String next) {
        if (next.equals(prompt)) {
            return;
        }
        prompt = next;
        busyHeld = true;
        busySince = System.nanoTime();
        checkBusyAfter(busyDelay);
    }

    private void checkBusyAfter(Duration wait) {
        if (!busyCheckDue) {
            busyCheckDue = true;
            later.accept(this::checkBusy, wait);
        }
    }

    /** Sends the held busy prompt if the target has run for the busy delay, or checks again once it will have. */
    private void checkBusy() {
        busyCheckDue = false;
        if (!busyHeld) {
            return;
        }
        long left = busyDelay.toNanos() - (System.nanoTime() - busySince);
        if (left > 0) {
            checkBusyAfter(Duration.ofNanos(left));
            return;
        }
        busyHeld = false;
        send();
    }

    private void send() {
        flush();
        for (Participant participant : roster.all()) {
            participant.prompt(prompt);
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
