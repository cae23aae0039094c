package io.dbgshell.session;

import io.dbgshell.config.Setting;

import java.time.Duration;

/** The tunables of a session; the values in force come from a {@link io.dbgshell.config.Tunables}. */
public final class SessionSettings {
    /** Lines of recent output a joining client is shown ({@code -clines}). */
    public static final Setting<Integer> HISTORY_LINES = Setting.atLeast("history-lines", 0, 100);
    /** Most UTF-8 bytes of that history. A quarter of a frame, and more than any one cut line, so the newest line is always kept. */
    public static final Setting<Integer> HISTORY_BYTES = Setting.atLeast("history-bytes", 4, 256 * 1024);
    /** Longest line of session output in characters, marker included. 64 Ki is at most 192 KiB of UTF-8: one frame, and the history, always hold it. */
    public static final Setting<Integer> OUTPUT_LINE_CHARS = Setting.atLeast("output-line-chars", 64, 64 * 1024);
    /** Output buffered by a running command is sent once it reaches this many characters. */
    public static final Setting<Integer> OUTPUT_FLUSH_CHARS = Setting.positive("output-flush-chars", 16 * 1024);
    /** Output bytes queued for one participant beyond what its link takes; past this one that takes nothing is disconnected, so the session never waits for it. */
    public static final Setting<Integer> PARTICIPANT_QUEUE_BYTES = Setting.positive("participant-queue-bytes", 4 << 20);
    /** How long a participant over its queue bound may take no output at all before it is cut off. */
    public static final Setting<Duration> PARTICIPANT_STALL_TIMEOUT = Setting.duration("participant-stall-timeout", Duration.ofSeconds(5));
    /** How many times its queue bound a participant that still takes output may fall behind before it is cut off. */
    public static final Setting<Integer> OVERRUN_FACTOR = Setting.positive("overrun-factor", 8);
    /** How long an ending session waits for its clients to take what is queued for them. A paused client must not keep the host's process alive. */
    public static final Setting<Duration> END_FLUSH_TIMEOUT = Setting.duration("end-flush-timeout", Duration.ofSeconds(5));
    /** Latest time after a client's line ran on its event loop that the host's console is shown it. Long enough for the reply to leave first and a burst to wake the session once, too short to see. */
    public static final Setting<Duration> HOST_CATCH_UP = Setting.delay("host-catch-up", Duration.ofMillis(1));
    /** How long the target runs before everyone is sent the busy prompt. A step that stops sooner is one new prompt, not {@code *BUSY*> } taken back; nobody can tell 50 ms. */
    public static final Setting<Duration> BUSY_PROMPT_DELAY = Setting.delay("busy-prompt-delay", Duration.ofMillis(50));
    /** Characters of target output held while the session is behind; more is dropped and the drop announced. */
    public static final Setting<Integer> ENGINE_OUTPUT_CHARS = Setting.positive("engine-output-chars", 1 << 20);

    private SessionSettings() {
    }
}
