package io.dbgshell.engine.jdi;

import java.time.Duration;
import java.util.List;

/**
 * Every bound of the JDI engine, with its default; tests shrink what they need.
 *
 * @param attachTimeout      connecting to a JDWP port and its handshake; a closed port, a peer that is
 *                           not JDWP or one that never answers fails by then
 * @param launchTimeout      from starting {@code java} to its agent announcing its port and the JVM
 *                           reporting its start (a loaded machine starts a JVM slowly)
 * @param jcmdTimeout        waking a dormant agent with {@code jcmd PID VM.start_java_debugging}
 * @param closeTimeout       how long letting go of or ending a target may take, at most, before the
 *                           engine gives up on it (its process is then killed if it was launched)
 * @param outputCharsPerSecond a launched target's output passed on per second, at most; past this the
 *                           engine reads more slowly, so a chatty target blocks on its own output pipe
 *                           instead of flooding the session or growing memory
 * @param outputChunkChars   the most output held or passed on at once
 * @param stepFilter         the classes stepping does not stop in, until {@code .stepfilter} changes them
 * @param callStepWait       how long a thread suspended without an event (after a break-in, or made
 *                           current with {@code ~Ns}) may run alone to reach the one-bytecode step that
 *                           lets a call run in it; a thread asleep, waiting or in native code gets no
 *                           further, and the call is refused once this has passed
 */
public record JdiSettings(Duration attachTimeout, Duration launchTimeout, Duration jcmdTimeout,
                          Duration closeTimeout, int outputCharsPerSecond, int outputChunkChars,
                          List<String> stepFilter, Duration callStepWait) {

    public static final JdiSettings DEFAULTS = new JdiSettings(Duration.ofSeconds(5), Duration.ofSeconds(30),
            Duration.ofSeconds(10), Duration.ofSeconds(5), 256 * 1024, 8 * 1024,
            List.of("java.*", "javax.*", "jdk.*", "sun.*", "com.sun.*"), Duration.ofMillis(500));

    public JdiSettings withOutputCharsPerSecond(int value) {
        return new JdiSettings(attachTimeout, launchTimeout, jcmdTimeout, closeTimeout, value, outputChunkChars,
                stepFilter, callStepWait);
    }

    public JdiSettings withAttachTimeout(Duration value) {
        return new JdiSettings(value, launchTimeout, jcmdTimeout, closeTimeout, outputCharsPerSecond, outputChunkChars,
                stepFilter, callStepWait);
    }
}
