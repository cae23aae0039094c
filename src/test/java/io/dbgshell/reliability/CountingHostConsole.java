package io.dbgshell.reliability;

import io.dbgshell.session.Identity;
import io.dbgshell.session.Participant;
import io.dbgshell.session.SessionOutput;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A host console that keeps nothing but a count of the characters shown, so a long run measures
 * the session's memory rather than a growing transcript kept by the test.
 */
final class CountingHostConsole implements Participant {
    private static final Identity HOST = new Identity("HOSTBOX", "hostuser");

    final AtomicLong shownChars = new AtomicLong();
    private volatile Instant lastActive = Instant.now();

    @Override
    public Identity identity() {
        return HOST;
    }

    @Override
    public String describe() {
        return HOST.toString();
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
        shownChars.addAndGet(output.text().length());
    }

    @Override
    public void prompt(String prompt) {
        // a prompt is not output
    }

    @Override
    public void clearScreen() {
        // nothing kept, nothing to clear
    }

    @Override
    public void end(String message) {
        shownChars.addAndGet(message.length());
    }
}
