package io.dbgshell.transport.pipe;

import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The ids {@code %d}/{@code %x} stand for: this process's id and the operating system's id of a thread. */
final class ProcessIds {
    /** Linux names the calling thread {@code PID/task/TID} through this link. */
    private static final Path THREAD_SELF = Path.of("/proc/thread-self");

    private ProcessIds() {
    }

    static long processId() {
        return ProcessHandle.current().pid();
    }

    /** The kernel's id of the calling thread, as {@code ps -L} shows it; Java's own id where /proc is missing. */
    static long threadId() {
        try {
            return Long.parseLong(Files.readSymbolicLink(THREAD_SELF).getFileName().toString());
        } catch (IOException | UnsupportedOperationException | NumberFormatException e) {
            LoggerFactory.getLogger(ProcessIds.class).debug("no kernel thread id, using Java's", e);
            return Thread.currentThread().getId();
        }
    }
}
