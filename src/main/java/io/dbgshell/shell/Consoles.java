package io.dbgshell.shell;

import io.dbgshell.files.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Picks the console: JLine when a person is at a terminal, plain streams for pipes and files. */
public final class Consoles {
    private static final Logger LOG = LoggerFactory.getLogger(Consoles.class);

    private Consoles() {
    }

    public static Console forThisProcess(Path historyFile, List<String> commandNames) {
        if (bothStreamsAreTerminals()) {
            try {
                PrivateFiles.create(historyFile); // before JLine writes it: typed commands are session text
            } catch (IOException e) {
                LOG.warn("cannot create the history file {} readable by its owner only", historyFile, e);
            }
            return TerminalConsole.open(historyFile, commandNames);
        }
        return new StreamConsole(System.in, System.out);
    }

    /**
     * Up to JDK 21 {@code System.console()} exists only when standard input and output are both
     * terminals; from JDK 22 it always exists and {@code Console.isTerminal()} (absent from the 17
     * API we compile against) tells.
     */
    static boolean bothStreamsAreTerminals() {
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
