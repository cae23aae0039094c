package io.dbgshell.config;

import java.time.Duration;

/**
 * Every tunable of a session in one place, with its default. Tests shrink what they need with the
 * {@code with...} methods; nothing else reads these values from anywhere else.
 *
 * @param handshakeTimeout     a connection that has not completed the handshake by then is closed
 * @param maxFrameBytes        largest frame accepted from a peer; a larger length closes the connection
 * @param maxLineChars         longest command line accepted (WinDbg's limit is 4096)
 * @param participantQueueBytes output queued for one participant beyond what its link takes; past
 *                             this the participant is disconnected so the session never waits for it
 * @param historyLines         lines of recent output a joining client is shown ({@code -clines})
 * @param authFailureBaseDelay delay after a first wrong password from an address; doubles per failure
 * @param authFailureMaxDelay  cap of that delay
 * @param authFailureMemory    failures older than this are forgotten
 * @param outputFlushChars     output buffered by a running command is sent once it reaches this size
 */
public record Settings(Duration handshakeTimeout, int maxFrameBytes, int maxLineChars, int participantQueueBytes,
                       int historyLines, Duration authFailureBaseDelay, Duration authFailureMaxDelay,
                       Duration authFailureMemory, int outputFlushChars) {

    public static final Settings DEFAULTS = new Settings(Duration.ofSeconds(10), 1 << 20, 4096, 4 << 20, 100,
            Duration.ofMillis(250), Duration.ofSeconds(8), Duration.ofMinutes(1), 16 * 1024);

    public Settings withHandshakeTimeout(Duration value) {
        return new Settings(value, maxFrameBytes, maxLineChars, participantQueueBytes, historyLines,
                authFailureBaseDelay, authFailureMaxDelay, authFailureMemory, outputFlushChars);
    }

    public Settings withParticipantQueueBytes(int value) {
        return new Settings(handshakeTimeout, maxFrameBytes, maxLineChars, value, historyLines,
                authFailureBaseDelay, authFailureMaxDelay, authFailureMemory, outputFlushChars);
    }

    public Settings withHistoryLines(int value) {
        return new Settings(handshakeTimeout, maxFrameBytes, maxLineChars, participantQueueBytes, value,
                authFailureBaseDelay, authFailureMaxDelay, authFailureMemory, outputFlushChars);
    }

    public Settings withMaxFrameBytes(int value) {
        return new Settings(handshakeTimeout, value, maxLineChars, participantQueueBytes, historyLines,
                authFailureBaseDelay, authFailureMaxDelay, authFailureMemory, outputFlushChars);
    }

    public Settings withAuthFailureDelays(Duration base, Duration max) {
        return new Settings(handshakeTimeout, maxFrameBytes, maxLineChars, participantQueueBytes, historyLines,
                base, max, authFailureMemory, outputFlushChars);
    }
}
