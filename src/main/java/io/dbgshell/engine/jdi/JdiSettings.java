package io.dbgshell.engine.jdi;

import io.dbgshell.config.Setting;

import java.time.Duration;
import java.util.List;

/** Every tunable of the JDI engine's core: targets, their output, stepping and breakpoints. */
public final class JdiSettings {
    /** Connecting to a JDWP port and its handshake: a closed port, or a peer that is not JDWP or is mute, fails by then. */
    public static final Setting<Duration> ATTACH_TIMEOUT = Setting.duration("attach-timeout", Duration.ofSeconds(5));

    /** From starting {@code java} to its JVM's start event. A loaded machine starts a JVM slowly. */
    public static final Setting<Duration> LAUNCH_TIMEOUT = Setting.duration("launch-timeout", Duration.ofSeconds(30));

    /** Waking a dormant agent with {@code jcmd PID VM.start_java_debugging}. */
    public static final Setting<Duration> JCMD_TIMEOUT = Setting.duration("jcmd-timeout", Duration.ofSeconds(10));

    /** Bytes of {@code jcmd}'s output kept for the log. */
    public static final Setting<Integer> JCMD_OUTPUT_BYTES = Setting.positive("jcmd-output-bytes", 4096);

    /** Letting go of or ending a target, at most; then the engine gives up on it (and kills it if it launched it). */
    public static final Setting<Duration> CLOSE_TIMEOUT = Setting.duration("close-timeout", Duration.ofSeconds(5));

    /** A launched target's output passed on per second. Past it the target blocks on its pipe instead of flooding us. */
    public static final Setting<Integer> OUTPUT_CHARS_PER_SECOND = Setting.positive("output-chars-per-second", 256 * 1024);

    /** The most target output held or passed on at once. */
    public static final Setting<Integer> OUTPUT_CHUNK_CHARS = Setting.positive("output-chunk-chars", 8 * 1024);

    /** The largest JDWP packet taken from a target. A bigger length means the stream is not JDWP, or is broken. */
    public static final Setting<Integer> MAX_JDWP_PACKET_BYTES = Setting.positive("max-jdwp-packet-bytes", 256 << 20);

    /** The classes stepping does not stop in, until {@code .stepfilter} changes them. */
    public static final Setting<List<String>> STEP_FILTER = Setting.words("step-filter",
            List.of("java.*", "javax.*", "jdk.*", "sun.*", "com.sun.*"));

    /** A thread stopped without an event may run alone this long to the step that lets a call run in it (after a break-in). */
    public static final Setting<Duration> CALL_STEP_WAIT = Setting.duration("call-step-wait", Duration.ofMillis(500));

    /** The most methods one {@code bm} sets breakpoints on; a broader pattern is refused. */
    public static final Setting<Integer> BM_MAX_METHODS = Setting.positive("bm-max-methods", 100);

    /** The longest exception message shown on a stop; a message can be any size, so the rest is cut. */
    public static final Setting<Integer> EXCEPTION_MESSAGE_CHARS = Setting.positive("exception-message-chars", 500);

    private JdiSettings() {
    }
}
