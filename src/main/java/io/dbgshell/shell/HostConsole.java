package io.dbgshell.shell;

import io.dbgshell.session.Identity;
import io.dbgshell.session.Participant;
import io.dbgshell.session.SessionOutput;

import java.time.Instant;

/** The host's own console as a session participant. */
public final class HostConsole implements Participant {
    private final Identity identity;
    private final Console console;
    private volatile Instant lastActive;

    public HostConsole(Identity identity, Console console, Instant started) {
        this.identity = identity;
        this.console = console;
        this.lastActive = started;
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
    public Instant lastActive() {
        return lastActive;
    }

    @Override
    public void markActive(Instant when) {
        lastActive = when;
    }

    @Override
    public void deliver(SessionOutput output) {
        console.print(output.text());
    }

    @Override
    public void prompt(String prompt) {
        console.prompt(prompt);
    }

    @Override
    public void clearScreen() {
        console.clearScreen();
    }

    @Override
    public void end(String message) {
        console.print(message + "\n");
    }
}
