package io.dbgshell.config;

import java.time.Duration;

/**
 * Every tunable of a session in one place, with its default. Tests shrink what they need with the
 * {@code with...} methods; nothing else reads these values from anywhere else.
 *
 * @param handshakeTimeout     a connection that has not completed the handshake by then is closed
 * @param maxFrameBytes        largest frame accepted from a peer; a larger length closes the connection
 * @param participantQueueBytes output queued for one participant beyond what its link takes; past
 *                             this a participant that has stopped taking output is disconnected, so
 *                             the session never waits for it (one that is slow but moving may fall
 *                             {@code OVERRUN_FACTOR} times as far behind before it is cut off)
 * @param participantStallTimeout how long a participant over its queue bound may take no output at
 *                             all before it is disconnected
 * @param historyLines         lines of recent output a joining client is shown ({@code -clines})
 * @param authFailureBaseDelay delay after a first wrong password from a source, before its answer and
 *                             between its greetings; doubles per failure. A wrong answer keeps its
 *                             connection counted against the caps on unauthenticated connections this
 *                             long, so it also bounds guessing from many sources at once
 * @param authFailureMaxDelay  cap of that delay
 * @param authFailureMemory    failures older than this are forgotten
 * @param outputFlushChars     output buffered by a running command is sent once it reaches this size
 * @param endFlushTimeout      how long an ending session waits for its clients to take what is queued
 *                             for them before it counts as ended anyway (a paused client must not keep
 *                             the host's process alive)
 * @param hostCatchUp          how long after a client's line ran on its event loop the host's console
 *                             is shown it, at the latest: long enough that the reply leaves first and a
 *                             burst of lines wakes the session thread once, short enough that nobody at
 *                             the host's screen can tell
 * @param busyPromptDelay      how long the target runs before everyone is sent the busy prompt: a step
 *                             or a logpoint that stops sooner is seen as one new prompt, not as
 *                             {@code *BUSY*> } sent and taken back a moment later; short enough that
 *                             nobody can tell
 */
public record Settings(Duration handshakeTimeout, int maxFrameBytes, int participantQueueBytes,
                       Duration participantStallTimeout,
                       int historyLines, Duration authFailureBaseDelay, Duration authFailureMaxDelay,
                       Duration authFailureMemory, int outputFlushChars, Duration endFlushTimeout,
                       Duration hostCatchUp, Duration busyPromptDelay) {

    /** How many times its queue bound a participant that still takes output may fall behind. */
    public static final int OVERRUN_FACTOR = 8;

    public static final Settings DEFAULTS = new Settings(Duration.ofSeconds(10), 1 << 20, 4 << 20,
            Duration.ofSeconds(5), 100,
            Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofMinutes(1), 16 * 1024,
            Duration.ofSeconds(5), Duration.ofMillis(1), Duration.ofMillis(50));

    public Settings withHandshakeTimeout(Duration value) {
        return new Settings(value, maxFrameBytes, participantQueueBytes, participantStallTimeout, historyLines,
                authFailureBaseDelay, authFailureMaxDelay, authFailureMemory, outputFlushChars, endFlushTimeout,
                hostCatchUp, busyPromptDelay);
    }

    public Settings withParticipantStallTimeout(Duration value) {
        return new Settings(handshakeTimeout, maxFrameBytes, participantQueueBytes, value, historyLines,
                authFailureBaseDelay, authFailureMaxDelay, authFailureMemory, outputFlushChars, endFlushTimeout,
                hostCatchUp, busyPromptDelay);
    }

    public Settings withHistoryLines(int value) {
        return new Settings(handshakeTimeout, maxFrameBytes, participantQueueBytes, participantStallTimeout,
                value, authFailureBaseDelay, authFailureMaxDelay, authFailureMemory, outputFlushChars,
                endFlushTimeout, hostCatchUp, busyPromptDelay);
    }

    public Settings withEndFlushTimeout(Duration value) {
        return new Settings(handshakeTimeout, maxFrameBytes, participantQueueBytes, participantStallTimeout,
                historyLines, authFailureBaseDelay, authFailureMaxDelay, authFailureMemory, outputFlushChars,
                value, hostCatchUp, busyPromptDelay);
    }

    public Settings withHostCatchUp(Duration value) {
        return new Settings(handshakeTimeout, maxFrameBytes, participantQueueBytes, participantStallTimeout,
                historyLines, authFailureBaseDelay, authFailureMaxDelay, authFailureMemory, outputFlushChars,
                endFlushTimeout, value, busyPromptDelay);
    }

    public Settings withAuthFailureDelays(Duration base, Duration max) {
        return new Settings(handshakeTimeout, maxFrameBytes, participantQueueBytes, participantStallTimeout,
                historyLines, base, max, authFailureMemory, outputFlushChars, endFlushTimeout, hostCatchUp,
                busyPromptDelay);
    }

    public Settings withBusyPromptDelay(Duration value) {
        return new Settings(handshakeTimeout, maxFrameBytes, participantQueueBytes, participantStallTimeout,
                historyLines, authFailureBaseDelay, authFailureMaxDelay, authFailureMemory, outputFlushChars,
                endFlushTimeout, hostCatchUp, value);
    }
}
