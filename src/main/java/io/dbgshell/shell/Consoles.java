package io.dbgshell.shell;

import java.nio.file.Path;
import java.util.List;

/** Picks the console: JLine when a person is at a terminal, plain streams for pipes and files. */
public final class Consoles {
    private Consoles() {
    }

    public static Console forThisProcess(Path historyFile, List<String> commandNames) {
        // System.console() is non-null only when both standard input and output are terminals
        if (System.console() != null) {
            return TerminalConsole.open(historyFile, commandNames);
        }
        return new StreamConsole(System.in, System.out);
    }
}
