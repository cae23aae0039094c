package io.dbgshell.shell;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.reader.impl.completer.StringsCompleter;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;

import java.io.IOError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * A JLine terminal: line editing, history in a file (passwords masked before they are saved), tab
 * completion of command names, and output printed above the prompt so typing is never garbled.
 * The prompt may change at any time (a client learns it from the host after it started reading):
 * the line being edited is redrawn with the new one. Ctrl-C throws away the line being edited and
 * runs the interrupt action (a break-in, when a target runs).
 */
public final class TerminalConsole implements Console {
    /** The widget that puts the current prompt on the line being edited. */
    private static final String SHOW_PROMPT_WIDGET = "dbgshell-show-prompt";

    private final Terminal terminal;
    private final LineReaderImpl reader;
    /** What Tab completes: this side's commands, then, on a client, the host's once it has joined. */
    private final AtomicReference<Collection<String>> commandNames;
    private volatile String prompt = "";
    private volatile Runnable interrupt = () -> { };

    private TerminalConsole(Terminal terminal, LineReaderImpl reader, AtomicReference<Collection<String>> commandNames) {
        this.terminal = terminal;
        this.reader = reader;
        this.commandNames = commandNames;
        // callback-init runs inside readLine, under JLine's lock, before the line is first drawn:
        // a prompt that changed between reading the field and readLine starting is still shown
        reader.getWidgets().put(LineReader.CALLBACK_INIT, () -> {
            reader.setPrompt(prompt);
            return true;
        });
        reader.getWidgets().put(SHOW_PROMPT_WIDGET, () -> {
            reader.setPrompt(prompt);
            reader.redisplay();
            return true;
        });
    }

    /** @param shown what a typed line becomes in the history (passwords masked) */
    public static TerminalConsole open(Path historyFile, List<String> commandNames, UnaryOperator<String> shown) {
        try {
            return on(TerminalBuilder.builder().system(true).build(), historyFile, commandNames, shown);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal", e);
        }
    }

    /** A console on {@code terminal}, which it closes when it is closed. */
    static TerminalConsole on(Terminal terminal, Path historyFile, List<String> commandNames, UnaryOperator<String> shown) {
        AtomicReference<Collection<String>> names = new AtomicReference<>(List.copyOf(commandNames));
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("dbgshell")
                .completer(new StringsCompleter(names::get))
                .history(new MaskingHistory(shown))
                .variable(LineReader.HISTORY_FILE, historyFile)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
        // LineReaderImpl is what the builder makes; its setPrompt lets a changed prompt be redrawn
        return new TerminalConsole(terminal, (LineReaderImpl) reader, names);
    }

    @Override
    public boolean interactive() {
        return true;
    }

    /** A client learns the host's commands, which it completes from now on instead of its own. */
    @Override
    public void commandNames(List<String> names) {
        commandNames.set(List.copyOf(names));
    }

    @Override
    public void print(String text) {
        try {
            reader.printAbove(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
        } catch (IllegalStateException closed) {
            // JLine's shutdown hook closed the terminal (the process is being stopped, e.g. by
            // SIGTERM): the session's last words still reach the screen, as plain lines
            System.out.print(text);
            System.out.flush();
        }
    }

    @Override
    public void prompt(String prompt) {
        this.prompt = prompt;
        if (reader.isReading()) {
            try {
                reader.callWidget(SHOW_PROMPT_WIDGET);
            } catch (IllegalStateException e) {
                // the line was finished meanwhile (the next readLine shows the new prompt), or the
                // terminal was closed on the way out
            }
        }
    }

    @Override
    public void onInterrupt(Runnable action) {
        interrupt = action;
    }

    @Override
    public void clearScreen() {
        try {
            terminal.puts(InfoCmp.Capability.clear_screen);
            terminal.flush();
        } catch (IllegalStateException closed) {
            // the terminal was closed on the way out: there is no screen to clear
        }
    }

    @Override
    public Optional<String> readLine() {
        try {
            return Optional.of(reader.readLine(prompt));
        } catch (UserInterruptException e) {
            interrupt.run();
            return Optional.of("");
        } catch (EndOfFileException e) {
            return Optional.empty();
        } catch (IOError | IllegalStateException gone) {
            // the terminal failed or was closed on the way out: no more input will come
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        try {
            reader.getHistory().save();
            terminal.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps (and saves) each line as it may be shown: passwords masked. */
    private static final class MaskingHistory extends DefaultHistory {
        private final UnaryOperator<String> shown;

        MaskingHistory(UnaryOperator<String> shown) {
            this.shown = shown;
        }

        @Override
        public void add(Instant time, String line) {
            super.add(time, shown.apply(line));
        }
    }
}
