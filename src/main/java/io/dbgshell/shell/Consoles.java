package io.dbgshell.shell;

import io.dbgshell.command.CommandRegistry;
import io.dbgshell.command.TransportArguments;

import java.nio.file.Path;

/** Picks the console: JLine when a person is at a terminal, plain streams for pipes and files. */
public final class Consoles {
    private Consoles() {
    }

    /** @param commands completes their names; the history file holds lines as {@link TransportArguments} shows them */
    public static Console forThisProcess(Path historyFile, CommandRegistry commands) {
        if (bothStreamsAreTerminals()) {
            return TerminalConsole.open(historyFile, commands.names(), line -> TransportArguments.shown(line, commands));
        }
        return new StreamConsole(System.in, System.out);
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
