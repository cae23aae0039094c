package io.dbgshell.testing;

import io.dbgshell.client.ClientDisplay;
import io.dbgshell.session.Identity;
import io.dbgshell.session.Participant;
import io.dbgshell.session.SessionOutput;

import java.time.Instant;

/** A host console for tests: records what the host's console would show. */
public final class RecordingConsole implements Participant, ClientDisplay {
    public final TextLog log = new TextLog();
    /** Every prompt received, one per line. */
    public final TextLog prompts = new TextLog();
    private final Identity identity;
    private volatile Instant lastActive = Instant.now();
    private volatile String prompt = "";
    private volatile int clears;

    public RecordingConsole(Identity identity) {
        this.identity = identity;
    }

    @Override
    public Identity identity() {
        return identity;
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
        return false;
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
        log.append(output.text());
    }

    @Override
    public void print(String text) {
        log.append(text);
    }

    @Override
    public void prompt(String prompt) {
        this.prompt = prompt;
        prompts.append(prompt + "\n");
    }

    public String currentPrompt() {
        return prompt;
    }

    @Override
    public void clearScreen() {
        clears++;
    }

    public int clears() {
        return clears;
    }

    @Override
    public void end(String message) {
        log.append(message + "\n");
        log.close();
    }
}
