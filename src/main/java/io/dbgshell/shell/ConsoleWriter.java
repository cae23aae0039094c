package io.dbgshell.shell;

import io.dbgshell.config.Tunables;
import io.dbgshell.session.SessionSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Shows what the session gives a console from a thread of its own, through a bounded queue, so the
 * session never waits for the console: a terminal paused with Ctrl-S, or standard output piped into
 * a reader that stopped, would otherwise hold up every participant. The rule is a remote client's:
 * past the bound, a console that has shown nothing for the stall timeout, or that falls
 * {@link SessionSettings#OVERRUN_FACTOR} times the bound behind, misses output instead of holding anyone
 * up (a client would be disconnected; the host's console cannot be). Where output was dropped the
 * console is told how much it missed, once it takes output again. Every method returns at once;
 * the writer thread is the only one that touches the console.
 */
final class ConsoleWriter {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleWriter.class);

    /** What waits for the console, in order. */
    private sealed interface Entry permits Text, Prompt, Clear, Dropped, Last {
    }

    private record Text(String text) implements Entry {
    }

    /** A new prompt, in its place among the texts: it belongs below what was printed before it. */
    private record Prompt(String text) implements Entry {
    }

    private record Clear() implements Entry {
    }

    /** Output dropped at this place in the stream; its counts grow until the writer reaches it. */
    private static final class Dropped implements Entry {
        private long lines;
        private long chars;

        String notice() {
            return "[" + lines + " lines (" + chars + " characters) of output were dropped here:"
                    + " this console stopped taking output]\n";
        }
    }

    /** The console's last words; once shown, the writer stops. */
    private record Last(String text) implements Entry {
    }

    private final Console console;
    private final int maxQueuedChars;
    private final long overrunChars;
    private final long stallNanos;
    private final ArrayDeque<Entry> queue = new ArrayDeque<>();
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    /** What the queue's entries cost ({@link #cost}); guarded by {@code this}, like the queue. */
    private long queuedChars;
    /**
     * The marker counting what is being dropped, while it waits in the queue: everything is dropped
     * until the console has taken what came before it, so one stretch of drops is one notice rather
     * than many, each between two lines that happened to fit.
     */
    private Dropped dropping;
    /** When the writer last took an entry or finished showing one; guarded by {@code this}. */
    private long lastProgressNanos = System.nanoTime();
    private boolean ending;

    /**
     * @param tunables the bound ({@link ShellSettings#CONSOLE_QUEUE_CHARS}) and a client's stall
     *                 timeout and overrun factor
     */
    ConsoleWriter(Console console, Tunables tunables, String threadName) {
        this.console = console;
        this.maxQueuedChars = tunables.get(ShellSettings.CONSOLE_QUEUE_CHARS);
        this.overrunChars = (long) maxQueuedChars * tunables.get(SessionSettings.OVERRUN_FACTOR);
        this.stallNanos = tunables.get(SessionSettings.PARTICIPANT_STALL_TIMEOUT).toNanos();
        Thread writer = new Thread(this::run, threadName);
        writer.setDaemon(true);
        writer.start();
    }

    synchronized void print(String text) {
        if (ending) {
            return;
        }
        if (dropping != null || overBound(cost(text))) {
            if (dropping == null) {
                dropping = new Dropped();
                queue.addLast(dropping);
            }
            dropping.lines += text.chars().filter(c -> c == '\n').count();
            dropping.chars += text.length();
        } else {
            queue.addLast(new Text(text));
            queuedChars += cost(text);
        }
        notifyAll();
    }

    /**
     * A prompt is state: one that follows another with no text between replaces it, so prompts
     * never pile up, and they take no room from output.
     */
    synchronized void prompt(String text) {
        if (ending) {
            return;
        }
        if (queue.peekLast() instanceof Prompt) {
            queue.removeLast();
        }
        queue.addLast(new Prompt(text));
        notifyAll();
    }

    /** Past the bound a clear is dropped too: the screen keeps what it shows, which is harmless. */
    synchronized void clearScreen() {
        if (!ending && dropping == null && !overBound(cost(""))) {
            queue.addLast(new Clear());
            queuedChars += cost("");
            notifyAll();
        }
    }

    /** Queues the last text, past the bound if need be, and stops taking more. */
    synchronized void end(String text) {
        if (!ending) {
            ending = true;
            queue.addLast(new Last(text));
            notifyAll();
        }
    }

    /** Whether adding {@code cost} must drop instead: over the bound while stalled, or far over it. */
    private boolean overBound(long cost) {
        long after = queuedChars + cost;
        return after > maxQueuedChars
                && (System.nanoTime() - lastProgressNanos >= stallNanos || after > overrunChars);
    }

    /**
     * What an entry counts against the bound: its characters, plus one so that empty texts and
     * clears, and the drop markers between them, cannot pile up without limit.
     */
    private static long cost(String text) {
        return text.length() + 1L;
    }

    /** Completes once the last text has been shown. */
    CompletionStage<Void> finished() {
        return finished;
    }

    private void run() {
        while (true) {
            Entry next;
            synchronized (this) {
                while (queue.isEmpty()) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        // nobody interrupts this daemon thread; if someone does, keep serving the console
                        LOG.debug("console writer interrupted", e);
                    }
                }
                next = queue.pollFirst();
                lastProgressNanos = System.nanoTime();
                if (next instanceof Text text) {
                    queuedChars -= cost(text.text());
                } else if (next instanceof Clear) {
                    queuedChars -= cost("");
                } else if (next == dropping) {
                    dropping = null; // the console caught up with the drops: output is taken again after the notice
                }
            }
            try {
                if (show(next)) {
                    return;
                }
                synchronized (this) {
                    lastProgressNanos = System.nanoTime();
                }
            } catch (RuntimeException e) {
                // a console that fails (a terminal closed under us) must not stop the ones after it
                LOG.warn("the console failed to show output", e);
                if (next instanceof Last) {
                    finished.complete(null);
                    return;
                }
            }
        }
    }

    /** Shows one entry; true for the last one. An entry out of the queue no longer changes. */
    private boolean show(Entry entry) {
        if (entry instanceof Text text) {
            console.print(text.text());
        } else if (entry instanceof Prompt prompt) {
            console.prompt(prompt.text());
        } else if (entry instanceof Clear) {
            console.clearScreen();
        } else if (entry instanceof Dropped dropped) {
            console.print(dropped.notice());
        } else if (entry instanceof Last last) {
            console.print(last.text());
            finished.complete(null);
            return true;
        }
        return false;
    }
}
