package io.dbgshell.shell;

import io.dbgshell.command.CommandRegistry;
import io.dbgshell.command.TransportArguments;
import io.dbgshell.files.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;

/** Picks the console: JLine when a person is at a terminal, plain streams for pipes and files. */
public final class Consoles {
    private static final Logger LOG = LoggerFactory.getLogger(Consoles.class);

    private Consoles() {
    }

    /** @param commands completes their names; the history file holds lines as {@link TransportArguments} shows them */
    public static Console forThisProcess(Path historyFile, CommandRegistry commands) {
        if (bothStreamsAreTerminals()) {
            try {
                PrivateFiles.create(historyFile); // before JLine writes it: typed commands are session text
            } catch (IOException e) {
                LOG.warn("cannot create the history file {} readable by its owner only", historyFile, e);
            }
            return TerminalConsole.open(historyFile, commands.names(), line -> TransportArguments.shown(line, commands));
        }
        return StreamConsole.standardStreams();
    }

    /**
     * Up to JDK 21 {@code System.console()} exists only when standard input and output are both
     * terminals; from JDK 22 it always exists and {@code Console.isTerminal()} (absent from the 17
     * API we compile against) tells.
     */
    public static boolean bothStreamsAreTerminals() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException olderJdk) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
