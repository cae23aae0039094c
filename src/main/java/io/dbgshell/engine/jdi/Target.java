package io.dbgshell.engine.jdi;

import com.sun.jdi.VirtualMachine;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * One connected JVM: the JDI mirror, and for a target the engine launched, its process and the
 * drain of its output. What the engine does with it lives in {@link JdiEngine}.
 *
 * @param vm          the connection
 * @param threadFacts {@code ~}'s questions on the same connection
 * @param process     the process, if the engine started it (then {@code q} ends it)
 * @param output      the drain of a launched process's output
 * @param pid         the process id, -1 when attached over a socket to a JVM of unknown id
 * @param description how the user named it, for messages ({@code java -cp . Loop}, {@code 127.0.0.1:5005})
 */
record Target(VirtualMachine vm, ThreadFacts threadFacts, Optional<Process> process, Optional<TargetOutput> output, long pid,
              String description) {

    boolean launched() {
        return process.isPresent();
    }

    /** The exit code of a launched target, once it has ended, waiting at most {@code wait}. */
    OptionalInt exitCode(Duration wait) {
        if (process.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            Process p = process.get();
            return p.waitFor(wait.toNanos(), TimeUnit.NANOSECONDS) ? OptionalInt.of(p.exitValue()) : OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }

    /**
     * Gives a launched process that was told to exit (JDWP's exit command) {@code wait} to end on its
     * own, so the exit code it reports is its own, then kills it if it has not.
     */
    void endProcess(Duration wait) {
        if (exitCode(wait).isEmpty()) {
            destroyProcess(wait);
        }
    }

    /** Ends a launched process for certain, whatever the JDWP connection did. */
    void destroyProcess(Duration wait) {
        process.ifPresent(p -> destroy(p, wait));
    }

    /** Kills {@code process} and waits for it to be gone, at most {@code wait}. */
    static void destroy(Process process, Duration wait) {
        process.destroyForcibly();
        try {
            process.waitFor(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
