package io.dbgshell.engine.jdi;

import com.sun.jdi.IncompatibleThreadStateException;
import com.sun.jdi.StackFrame;
import com.sun.jdi.ThreadReference;

import java.util.List;

/**
 * How threads and stacks read, WinDbg's layout adapted: {@code .  0  Id: 7c55.1 Suspend: 1 Running "main"}
 * for a thread ({@code .} current, {@code #} the one that caused the stop; the id is the process id
 * and JDWP's thread id, in hex), and {@code 00 Loop.work+0x3 [Loop.java @ 12]} for a frame.
 */
final class ThreadLines {
    static final String STACK_HEADER = " # Call Site";

    private ThreadLines() {
    }

    static String thread(ThreadReference thread, int number, char mark, long pid) {
        return String.format("%c%3d  Id: %s.%x Suspend: %d %s \"%s\"", mark, number, pidText(pid), thread.uniqueID(),
                thread.suspendCount(), status(thread.status()), thread.name());
    }

    /** The process id as WinDbg shows it in ids ({@code 7c55}), or {@code ?} when unknown. */
    static String pidText(long pid) {
        return pid < 0 ? "?" : Long.toHexString(pid);
    }

    /** The innermost frame's location followed by a colon, as a stop shows it; empty before any Java code runs. */
    static String location(ThreadReference thread) throws IncompatibleThreadStateException {
        return thread.frameCount() == 0 ? "" : LocationText.of(thread.frame(0).location()) + ":";
    }

    /** The header and up to {@code max} frames, innermost first, and how many were left out. */
    static void stack(ThreadReference thread, int max, List<String> into) throws IncompatibleThreadStateException {
        int count = thread.frameCount();
        if (count == 0) {
            into.add("(no Java frames: the thread has not run Java code yet)");
            return;
        }
        into.add(STACK_HEADER);
        List<StackFrame> frames = thread.frames(0, Math.min(count, max));
        for (int i = 0; i < frames.size(); i++) {
            into.add(frame(i, frames.get(i)));
        }
        if (count > max) {
            into.add("(" + (count - max) + " more frames; k " + count + " shows them all)");
        }
    }

    /** One frame as {@code k} and {@code .frame} show it: {@code 02 Loop.work+0x3 [Loop.java @ 12]}. */
    static String frame(int index, StackFrame frame) {
        return String.format("%02x %s", index, LocationText.of(frame.location()));
    }

    private static String status(int status) {
        return switch (status) {
            case ThreadReference.THREAD_STATUS_RUNNING -> "Running";
            case ThreadReference.THREAD_STATUS_SLEEPING -> "Sleeping";
            case ThreadReference.THREAD_STATUS_WAIT -> "Waiting";
            case ThreadReference.THREAD_STATUS_MONITOR -> "Blocked";
            case ThreadReference.THREAD_STATUS_ZOMBIE -> "Ended";
            case ThreadReference.THREAD_STATUS_NOT_STARTED -> "NotStarted";
            default -> "Unknown";
        };
    }
}
