package io.dbgshell.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The frames the JDK itself shows on top of a thread that sleeps or waits. JDK 17 shows one native
 * frame ({@code java.lang.Thread.sleep+0x0}, {@code java.lang.Object.wait+0x0}); later JDKs more,
 * with lines of their own ({@code Thread.sleepNanos0}, {@code sleepNanos}, {@code sleep}). Tests of
 * {@code k} check those frames for their shape and the program's frames beneath them exactly, so
 * that the suite runs on any JDK from 17 on.
 */
public final class JdkFrames {
    /** A frame of java.lang's code as {@code k} or {@code kp} shows it, without its number. */
    public static final String FRAME = "java\\.lang\\.[\\w$.]+(\\([^)]*\\))?\\+0x[0-9a-f]+( \\[\\w+\\.java @ \\d+])?";
    /** One or more such frames, each numbered and on a line of its own: for tests that match a screen. */
    public static final String FRAMES = "(?:[0-9a-f]{2} " + FRAME + "\n)+";
    private static final Pattern NUMBERED_JDK = Pattern.compile("[0-9a-f]{2} " + FRAME);

    private JdkFrames() {
    }

    /**
     * Checks a stack as the engine gives it (the {@code # Call Site} header, then numbered frames):
     * every frame numbered in turn from 00, at least one frame of java.lang on top, the first native
     * (bytecode index 0, no line), the last a frame of {@code method} (by name, as the JDK may add a
     * suffix such as {@code sleepNanos0}). Returns the frames beneath the JDK's, without their numbers.
     */
    public static List<String> below(List<String> stack, String method) {
        assertThat(stack).first().isEqualTo(" # Call Site");
        List<String> frames = stack.subList(1, stack.size()).stream().filter(line -> !line.startsWith("(")).toList();
        for (int i = 0; i < frames.size(); i++) {
            assertThat(frames.get(i)).as("frame %d's number", i).startsWith(String.format("%02x ", i));
        }
        int jdk = depth(frames);
        assertThat(jdk).as("frames of java.lang on top of " + stack).isPositive();
        assertThat(frames.get(0)).as("the JDK's top frame is native").matches("00 [^ ]+\\+0x0");
        assertThat(frames.get(jdk - 1).substring(3)).as("the JDK's last frame").startsWith(method);
        List<String> below = new ArrayList<>();
        frames.subList(jdk, frames.size()).forEach(frame -> below.add(frame.substring(3)));
        return below;
    }

    /** How many frames of java.lang a stack's numbered frames start with. */
    public static int depth(List<String> frames) {
        int depth = 0;
        while (depth < frames.size() && NUMBERED_JDK.matcher(frames.get(depth)).matches()) {
            depth++;
        }
        return depth;
    }
}
