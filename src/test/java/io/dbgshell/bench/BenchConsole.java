package io.dbgshell.bench;

import io.dbgshell.session.Identity;
import io.dbgshell.session.Participant;
import io.dbgshell.session.SessionOutput;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The host's console in a benchmark: keeps no transcript (so the host heap measures the session, not a
 * recording), only counts the lines the benchmarks wait for.
 */
final class BenchConsole implements Participant {
    private static final Pattern DROPPED = Pattern.compile("could not keep up");
    private final Identity identity;
    private final AtomicInteger drops = new AtomicInteger();
    private volatile Instant lastActive = Instant.now();

    BenchConsole(Identity identity) {
        this.identity = identity;
    }

    /** How many clients the session has dropped for not keeping up. */
    int drops() {
        return drops.get();
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
        if (DROPPED.matcher(output.text()).find()) {
            drops.incrementAndGet();
        }
    }

    @Override
    public void prompt(String prompt) {
    }

    @Override
    public void clearScreen() {
    }

    @Override
    public void end(String message) {
    }
}
