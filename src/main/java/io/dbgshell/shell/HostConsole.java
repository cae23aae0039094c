package io.dbgshell.shell;

import io.dbgshell.config.Tunables;
import io.dbgshell.protocol.Identity;
import io.dbgshell.session.Participant;
import io.dbgshell.session.SessionOutput;

import java.util.concurrent.CompletionStage;

/**
 * The host's own console as a session participant. Like a remote client it gets a bounded queue
 * ({@link ConsoleWriter}) with a client's bound and stall rule: the session hands it output and goes
 * on, and a console that stops taking output (a full pipe, a paused terminal) misses output rather
 * than holding up the session.
 */
public final class HostConsole implements Participant {
    private final Identity identity;
    private final Console console;
    private final ConsoleWriter writer;

    /** @param tunables how much output may wait for a console that shows nothing, and for how long */
    public HostConsole(Identity identity, Console console, Tunables tunables) {
        this.identity = identity;
        this.console = console;
        this.writer = new ConsoleWriter(console, tunables, "dbgshell-console-output");
    }

    @Override
    public String describe() {
        return identity.toString();
    }

    @Override
    public boolean isHost() {
        return true;
    }

    @Override
    public boolean echoesOwnInput() {
        return !console.interactive();
    }

    @Override
    public void deliver(SessionOutput output) {
        writer.print(output.text());
    }

    @Override
    public void prompt(String prompt) {
        writer.prompt(prompt);
    }

    @Override
    public void clearScreen() {
        writer.clearScreen();
    }

    @Override
    public void end(String message) {
        writer.end(message + "\n");
    }

    /** Completes once the closing message is on the console; the session waits for that only so long. */
    @Override
    public CompletionStage<Void> gone() {
        return writer.finished();
    }
}
